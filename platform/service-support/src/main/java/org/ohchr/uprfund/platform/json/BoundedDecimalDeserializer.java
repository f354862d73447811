package org.ohchr.uprfund.platform.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads decimal numbers (as JSON numbers or as decimal strings) and refuses the absurd ones before any arithmetic:
 * {@code 1e60000000} is ten characters, but rounding it to cents means computing ten to the sixty-millionth power. Only
 * the digits written are inspected here; each service then checks the field against what its column can hold.
 */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    /** Far beyond any amount or rate of the fund (the books keep fifteen integer digits), far below any cost. */
    static final int MAX_INTEGER_DIGITS = 30;
    static final int MAX_DECIMALS = 30;
    private static final int MAX_TEXT_LENGTH = 100;

    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        BigDecimal value;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = parser.getDecimalValue();
        } else if (token == JsonToken.VALUE_STRING) {
            value = parse(parser, parser.getText().strip());
        } else {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        return requireReasonable(parser, value);
    }

    private static BigDecimal parse(JsonParser parser, String text) throws RefusedValueException {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new RefusedValueException(parser, "is not a number this service can keep");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RefusedValueException(parser, "must be a decimal number such as 1250.50");
        }
    }

    private static BigDecimal requireReasonable(JsonParser parser, BigDecimal value) throws RefusedValueException {
        // Cheap: the unscaled digits are bounded by the length of the text read.
        BigDecimal significant = value.stripTrailingZeros();
        long integerDigits = (long) significant.precision() - significant.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || significant.scale() > MAX_DECIMALS) {
            throw new RefusedValueException(parser, "is not a number this service can keep: at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMALS + " after it");
        }
        return value;
    }
}

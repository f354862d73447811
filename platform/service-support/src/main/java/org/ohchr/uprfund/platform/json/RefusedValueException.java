package org.ohchr.uprfund.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a request body that is well-formed JSON but that the suite refuses before using it (an absurd number,
 * text PostgreSQL cannot store, a date outside the calendar the fund keeps). Its message is meant for the client and
 * Jackson adds the field's path, so the problem names the field.
 */
public class RefusedValueException extends JsonMappingException {

    RefusedValueException(JsonParser parser, String message) {
        super(parser, message);
    }
}

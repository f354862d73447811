package org.ohchr.uprfund.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ohchr.uprfund.platform.json.RefusedValueException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a body Jackson could not read into a problem a client can act on: which field, and what it must be. Never
 * repeats Jackson's own message, which names Java classes.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.invalid(List.of(new Problem.Violation(fieldPath(mapping), message(mapping))), instance);
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not well-formed JSON, or exceeds the limits of this service"
                + " (nesting depth, length of a number or of a text)", instance);
    }

    private static String message(JsonMappingException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this request";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType(), e instanceof InvalidFormatException);
        }
        return "has the wrong type or format";
    }

    private static String expected(Class<?> type, boolean wrongFormat) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        Map<Class<?>, String> expectations = Map.of(
                BigDecimal.class, "must be a decimal number such as 1250.50",
                LocalDate.class, "must be a date such as 2020-12-31",
                Instant.class, "must be an instant such as 2020-12-31T23:59:59Z",
                UUID.class, "must be a UUID",
                String.class, "must be a text",
                Boolean.class, "must be true or false",
                boolean.class, "must be true or false");
        String expectation = expectations.get(type);
        if (expectation != null) {
            return expectation;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return wrongFormat ? "has the wrong format" : "must be an object with the documented properties";
    }

    /** The offending field as the client wrote it: {@code amount}, {@code items[2].amount}. */
    static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

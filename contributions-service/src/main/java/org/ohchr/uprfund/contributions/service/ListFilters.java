package org.ohchr.uprfund.contributions.service;

import java.util.Arrays;
import java.util.UUID;

import org.ohchr.uprfund.contributions.Period;

/**
 * Reads optional filters of list queries from their query parameters, so that a malformed one is a 400 naming it
 * (JAX-RS would answer 404 for a query parameter it cannot convert). Blank means absent.
 */
public final class ListFilters {

    private ListFilters() {
    }

    public static UUID uuid(String parameter, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(parameter, "must be a UUID");
        }
    }

    public static Period period(String parameter, String value) {
        return isAbsent(value) ? null : Period.parse(parameter, value);
    }

    /** An ISO 4217 code, such as EUR. */
    public static String currency(String parameter, String value) {
        return isAbsent(value) ? null : Money.currency(parameter, value.strip()).getCurrencyCode();
    }

    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}

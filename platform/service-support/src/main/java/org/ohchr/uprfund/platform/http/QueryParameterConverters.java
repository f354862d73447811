package org.ohchr.uprfund.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.ohchr.uprfund.platform.json.CalendarDates;
import org.ohchr.uprfund.platform.json.StorableText;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Binds query parameters as types (whole numbers, dates, UUIDs, true or false, enumerations, text) so that a malformed
 * one is a 400 naming the parameter, where JAX-RS would answer 404 for a query parameter it cannot convert. Dates are
 * kept to the years {@link CalendarDates} accepts; text must be storable ({@link StorableText}).
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        Function<String, ?> convert;
        if (rawType == int.class || rawType == Integer.class) {
            convert = text -> wholeNumber(name, text);
        } else if (rawType == LocalDate.class) {
            convert = text -> date(name, text);
        } else if (rawType == UUID.class) {
            convert = text -> uuid(name, text);
        } else if (rawType == boolean.class || rawType == Boolean.class) {
            convert = text -> trueOrFalse(name, text);
        } else if (rawType.isEnum()) {
            convert = text -> constant(name, text, (Class<? extends Enum>) rawType);
        } else if (rawType == String.class) {
            convert = text -> storable(name, text);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(convert);
    }

    private static Integer wholeNumber(String name, String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }

    private static LocalDate date(String name, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be a date such as 2020-12-31");
        }
        if (!CalendarDates.isKept(date)) {
            throw new InvalidFieldException(name, CalendarDates.RANGE_MESSAGE);
        }
        return date;
    }

    private static UUID uuid(String name, String text) {
        String value = text.strip();
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidFieldException(name, "must be a UUID such as 3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11");
    }

    private static Boolean trueOrFalse(String name, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidFieldException(name, "must be true or false");
        };
    }

    private static <E extends Enum<E>> E constant(String name, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String storable(String name, String text) {
        String problem = StorableText.problemWith(text);
        if (problem != null) {
            throw new InvalidFieldException(name, problem);
        }
        return text;
    }

    /** An empty parameter ({@code ?from=}) counts as absent. */
    private record Converter<T>(Function<String, T> convert) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null || value.isBlank() ? null : convert.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}

package org.ohchr.uprfund.platform.json;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/** Reads ISO 8601 dates and refuses those outside the years the suite keeps ({@link CalendarDates}). */
final class CalendarDateDeserializer extends StdScalarDeserializer<LocalDate> {

    CalendarDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        if (date != null && !CalendarDates.isKept(date)) {
            throw new RefusedValueException(parser, CalendarDates.RANGE_MESSAGE);
        }
        return date;
    }
}

package org.ohchr.uprfund.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads text and refuses what PostgreSQL cannot store faithfully: the NUL character (refused by the database, which
 * would otherwise make the request fail as a server error) and unpaired UTF-16 surrogates (not Unicode text at all).
 */
final class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String problem = text == null ? null : StorableText.problemWith(text);
        if (problem != null) {
            throw new RefusedValueException(parser, problem);
        }
        return text;
    }
}

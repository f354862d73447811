package org.ohchr.uprfund.platform.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import org.ohchr.uprfund.platform.classification.ClassifiedFields;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every service reads and writes JSON. Reading is strict, so that a mistake is a 400 naming the field instead of a
 * silently different request: an unknown or repeated property, a number where text belongs, a fraction where a whole
 * number belongs, an absurd number, text the database cannot store, a date outside the years kept. Nesting, numbers
 * and texts are bounded, so that no body costs more than a bounded amount of work. Decimals are written plain
 * ({@code 1000.00}, never {@code 1E+3}). Reads are written as the data classification says ({@link ClassifiedFields}).
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_TEXT_LENGTH = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_TEXT_LENGTH)
                .build());
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("fund-input-limits")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                .addDeserializer(String.class, new StorableTextDeserializer())
                .addDeserializer(LocalDate.class, new CalendarDateDeserializer()));
        mapper.registerModule(ClassifiedFields.module());
    }

    /** After Quarkus' own settings, which would otherwise switch unknown properties back on. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}

package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hostile bodies are what their names say, so that a service refusing them is refusing what the suite claims. */
class HostileBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> bodies = HostileBodies.of(example()).stream()
            .collect(Collectors.toMap(HostileBodies.Body::name, HostileBodies.Body::bytes));

    @Test
    void everyFieldAtEveryDepthIsRemovedNulledAndGivenTheWrongType() throws Exception {
        assertThat(JSON.readTree(bodies.get("amount removed")).has("amount")).isFalse();
        assertThat(JSON.readTree(bodies.get("note.text null")).at("/note/text").isNull()).isTrue();
        assertThat(JSON.readTree(bodies.get("items[0].code of the wrong type")).at("/items/0/code").isNumber()).isTrue();
        assertThat(JSON.readTree(bodies.get("amount of the wrong type")).get("amount").isTextual()).isTrue();
        assertThat(JSON.readTree(bodies.get("note with an unknown field")).at("/note/unexpectedField").asText()).isEqualTo("surprise");
    }

    @Test
    void numbersAndTextJacksonWouldNeverWriteAreSplicedIn() {
        assertThat(text("amount a huge exponent")).contains("\"amount\":1e999999");
        assertThat(text("note.text with a lone surrogate")).contains("\\ud800\"");
        assertThat(text("note.text with NUL")).contains("\\u0000");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bodies.get("note.text with invalid UTF-8 bytes"))))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void injectionsOversizeNestingAndDuplicatesAreThere() throws Exception {
        for (String injection : HostileBodies.INJECTIONS) {
            assertThat(JSON.readTree(bodies.get("note.text = " + injection)).at("/note/text").asText()).isEqualTo(injection);
        }
        assertThat(bodies.get("1 MB of whitespace and a string").length).isGreaterThan(HostileBodies.OVER_THE_BODY_LIMIT);
        assertThat(JSON.readTree(bodies.get("note.text 100 KB long")).at("/note/text").asText()).hasSize(HostileBodies.LONGER_THAN_ANY_COLUMN);
        assertThat(text("the body nested 10000 deep")).startsWith("[".repeat(HostileBodies.NESTING) + "{");
        assertThat(text("a field nested 10000 deep")).contains("{\"a\":".repeat(HostileBodies.NESTING) + "1");
        JsonNode duplicated = JSON.readTree(bodies.get("duplicated in an array"));
        assertThat(duplicated).hasSize(2).allSatisfy(element -> assertThat(element).isEqualTo(example()));
    }

    @Test
    void everyBodyHasAName() {
        List<HostileBodies.Body> all = HostileBodies.of(example());
        assertThat(all).extracting(HostileBodies.Body::name).doesNotHaveDuplicates();
        assertThat(all.stream().collect(Collectors.toMap(HostileBodies.Body::name, Function.identity()))).hasSameSizeAs(all);
    }

    private String text(String name) {
        return new String(bodies.get(name), StandardCharsets.UTF_8);
    }

    private static JsonNode example() {
        try {
            return JSON.readTree("""
                    {"amount": 12.5, "note": {"text": "hello"}, "items": [{"code": "A"}]}""");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

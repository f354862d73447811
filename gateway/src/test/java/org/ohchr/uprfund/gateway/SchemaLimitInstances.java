package org.ohchr.uprfund.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes event data at the limits a producer's JSON Schema states, by walking the schema itself: the longest instance
 * (every nullable property given, every string at its {@code maxLength} or its pattern's longest, every number at its
 * {@code maximum}, every list at its {@code maxItems}), the shortest (nullable properties null, strings at their
 * {@code minLength}, numbers at their {@code minimum}, lists at their {@code minItems}), and the longest with each value
 * of each enumeration. Identifiers come from {@code ids} by property name, so that an event can name an aggregate the
 * test created first. Conditions between properties ({@code if}/{@code then}) are left to the caller's repair, which
 * checks each instance against the schema.
 */
final class SchemaLimitInstances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    private static final String FREE_TEXT = "[^\\u0000\\p{Cs}]*$";
    /** Text in several scripts, all in the Basic Multilingual Plane, so that characters and UTF-16 units agree. */
    private static final String FILLER = "Examen périodique universel \u0627\u0633\u062a\u0639\u0631\u0627\u0636 \u666e\u904d \u041e\u0431\u0437\u043e\u0440 ";
    /** How often an unbounded repetition ({@code +}, {@code *}) repeats in the longest instance. */
    private static final int UNBOUNDED = 12;

    enum Limit { LONGEST, SHORTEST }

    private final Function<String, String> ids;
    private final String tag;
    private final Random random = new Random(16);

    /**
     * @param ids the identifier to use for a property of that name, or null for a fresh one
     * @param tag a few characters that start each free text, so that instances differ where the read model needs it
     */
    SchemaLimitInstances(Function<String, String> ids, String tag) {
        this.ids = ids;
        this.tag = tag;
    }

    /** The longest instance, the shortest, and the longest with each other value of each enumerated property. */
    List<ObjectNode> of(JsonNode schema) {
        List<ObjectNode> instances = new ArrayList<>();
        ObjectNode longest = object(schema, Limit.LONGEST);
        instances.add(longest);
        instances.add(object(schema, Limit.SHORTEST));
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (JsonNode constant : field.getValue().path("enum")) {
                if (!constant.equals(longest.get(field.getKey()))) {
                    instances.add(object(schema, Limit.LONGEST).set(field.getKey(), constant));
                }
            }
        }
        return instances;
    }

    /** Values to try for a property, when the instance breaks a condition of its schema. */
    List<JsonNode> alternatives(JsonNode schema, String property) {
        JsonNode definition = schema.path("properties").path(property);
        List<JsonNode> values = new ArrayList<>();
        if (allows(definition, "null")) {
            values.add(NODES.nullNode());
        }
        definition.path("enum").forEach(values::add);
        values.add(value(property, definition, Limit.LONGEST, 0));
        values.add(value(property, definition, Limit.SHORTEST, 0));
        values.add(NODES.textNode("1.00"));
        return values;
    }

    ObjectNode object(JsonNode schema, Limit limit) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(field -> object.set(field.getKey(),
                value(field.getKey(), resolve(schema, field.getValue()), limit, 0)));
        return object;
    }

    private JsonNode value(String name, JsonNode definition, Limit limit, int item) {
        if (definition.has("$ref")) {
            return NODES.nullNode();
        }
        if (limit == Limit.SHORTEST && allows(definition, "null")) {
            return NODES.nullNode();
        }
        if (definition.has("const")) {
            return definition.get("const");
        }
        if (definition.has("enum")) {
            for (JsonNode constant : definition.get("enum")) {
                if (!constant.isNull()) {
                    return constant;
                }
            }
        }
        if (allows(definition, "object")) {
            return object(definition, limit);
        }
        if (allows(definition, "array")) {
            return array(name, definition, limit);
        }
        if (allows(definition, "integer") || allows(definition, "number")) {
            return NODES.numberNode(limit == Limit.LONGEST ? definition.path("maximum").asLong(Integer.MAX_VALUE)
                    : definition.path("minimum").asLong(0) + item);
        }
        if (allows(definition, "boolean")) {
            return NODES.booleanNode(limit == Limit.LONGEST);
        }
        return NODES.textNode(text(name, definition, limit, item));
    }

    private String text(String name, JsonNode definition, Limit limit, int item) {
        String pattern = definition.path("pattern").asText(null);
        String format = definition.path("format").asText("");
        if (UUID_PATTERN.equals(pattern) || "uuid".equals(format)) {
            String id = item == 0 ? ids.apply(name) : null;
            return id != null ? id : UUID.randomUUID().toString();
        }
        if ("date".equals(format) || (pattern != null && pattern.contains("-[0-9]{2}-[0-9]{2}$"))) {
            return limit == Limit.LONGEST ? "9999-12-31" : "1900-01-01";
        }
        if ("date-time".equals(format)) {
            return java.time.Instant.now().toString();
        }
        int max = definition.path("maxLength").asInt(UNBOUNDED * 10);
        int min = Math.max(definition.path("minLength").asInt(0), 1);
        if (pattern == null || pattern.endsWith(FREE_TEXT)) {
            String prefix = pattern == null ? "" : new Generator(pattern.substring(0, pattern.length() - FREE_TEXT.length()),
                    limit, item).generate();
            String body = (tag + item + " " + FILLER).repeat(max / FILLER.length() + 2);
            return (prefix + body).substring(0, limit == Limit.LONGEST ? max : Math.max(min, prefix.length()));
        }
        return new Generator(pattern, limit, item).generate();
    }

    private ArrayNode array(String name, JsonNode definition, Limit limit) {
        ArrayNode array = NODES.arrayNode();
        int size = limit == Limit.LONGEST ? definition.path("maxItems").asInt(UNBOUNDED) : definition.path("minItems").asInt(0);
        JsonNode items = definition.path("items");
        if (items.has("enum")) {
            size = Math.min(size, items.get("enum").size());
        }
        boolean unique = definition.path("uniqueItems").asBoolean(false);
        Set<JsonNode> values = new LinkedHashSet<>();
        List<JsonNode> list = new ArrayList<>();
        for (int attempt = 0; list.size() < size && attempt < size * 1000; attempt++) {
            JsonNode value = items.has("enum") ? items.get("enum").get(list.size())
                    : allows(items, "integer") ? NODES.numberNode(items.path("minimum").asLong(0) + list.size())
                    : value(name + "[]", items, limit, attempt + 1);
            if (!unique || values.add(value)) {
                list.add(value);
            }
        }
        list.forEach(array::add);
        return array;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode definition) {
        String ref = definition.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? schema.path("$defs").path(ref.substring("#/$defs/".length())) : definition;
    }

    private static boolean allows(JsonNode definition, String type) {
        JsonNode types = definition.path("type");
        if (types.isArray()) {
            for (JsonNode each : types) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asText());
    }

    /**
     * Strings matching the simple patterns of the schemas: literals, escapes, character classes, groups with
     * alternatives, and the quantifiers {@code ? * + {n} {m,n}}. The longest takes the most repetitions, the longest
     * alternative and the highest character; the shortest the fewest, the shortest alternative and the lowest digit above
     * zero (so that an amount is not zero). Item numbers above zero pick characters at random, for distinct list items.
     */
    private final class Generator {

        private final String pattern;
        private final Limit limit;
        private final int item;
        private int at;

        Generator(String pattern, Limit limit, int item) {
            this.pattern = pattern.replaceFirst("^\\^", "").replaceFirst("\\$$", "");
            this.limit = limit;
            this.item = item;
        }

        String generate() {
            return sequence();
        }

        private String sequence() {
            List<String> alternatives = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            while (at < pattern.length() && pattern.charAt(at) != ')') {
                if (pattern.charAt(at) == '|') {
                    at++;
                    alternatives.add(current.toString());
                    current = new StringBuilder();
                    continue;
                }
                int start = at;
                atom();
                int end = at;
                int[] times = quantifier();
                for (int i = 0; i < times[limit == Limit.LONGEST ? 1 : 0]; i++) {
                    at = start;
                    current.append(atomText());
                }
                at = Math.max(at, end);
                quantifierSkip(end);
            }
            alternatives.add(current.toString());
            String chosen = alternatives.get(0);
            for (String alternative : alternatives) {
                if (item > 0 && random.nextBoolean()) {
                    chosen = alternative;
                } else if (item == 0 && (limit == Limit.LONGEST ? alternative.length() > chosen.length()
                        : alternative.length() < chosen.length())) {
                    chosen = alternative;
                }
            }
            return chosen;
        }

        private void atom() {
            char c = pattern.charAt(at);
            if (c == '(') {
                int depth = 0;
                do {
                    char d = pattern.charAt(at);
                    if (d == '\\') {
                        at++;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    }
                    at++;
                } while (depth > 0);
            } else if (c == '[') {
                while (pattern.charAt(at) != ']') {
                    at += pattern.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
            } else {
                at += c == '\\' ? 2 : 1;
            }
        }

        private String atomText() {
            char c = pattern.charAt(at);
            if (c == '(') {
                at++;
                String text = sequence();
                at++;
                return text;
            }
            if (c == '[') {
                int close = pattern.indexOf(']', at + 1);
                String set = pattern.substring(at + 1, close);
                at = close + 1;
                return String.valueOf(pick(set));
            }
            if (c == '\\') {
                at += 2;
                return String.valueOf(pattern.charAt(at - 1));
            }
            at++;
            return String.valueOf(c);
        }

        private char pick(String set) {
            if (set.startsWith("^")) {
                return 'x';
            }
            List<Character> chars = new ArrayList<>();
            for (int i = 0; i < set.length(); i++) {
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) {
                        chars.add(c);
                    }
                    i += 2;
                } else {
                    chars.add(set.charAt(i));
                }
            }
            if (item > 0) {
                return chars.get(random.nextInt(chars.size()));
            }
            if (limit == Limit.SHORTEST) {
                return chars.contains('1') ? '1' : chars.get(0);
            }
            return chars.get(chars.size() - 1);
        }

        /** {min, max} repetitions of the atom just read; the position is left after the atom. */
        private int[] quantifier() {
            if (at >= pattern.length()) {
                return new int[] { 1, 1 };
            }
            char q = pattern.charAt(at);
            if (q == '?') {
                return new int[] { 0, 1 };
            }
            if (q == '*') {
                return new int[] { 0, UNBOUNDED };
            }
            if (q == '+') {
                return new int[] { 1, UNBOUNDED };
            }
            if (q == '{') {
                String[] bounds = pattern.substring(at + 1, pattern.indexOf('}', at)).split(",", -1);
                int min = Integer.parseInt(bounds[0]);
                return new int[] { min, bounds.length == 1 ? min : Integer.parseInt(bounds[1]) };
            }
            return new int[] { 1, 1 };
        }

        private void quantifierSkip(int end) {
            at = end;
            if (at < pattern.length()) {
                char q = pattern.charAt(at);
                if (q == '?' || q == '*' || q == '+') {
                    at++;
                } else if (q == '{') {
                    at = pattern.indexOf('}', at) + 1;
                }
            }
        }
    }
}

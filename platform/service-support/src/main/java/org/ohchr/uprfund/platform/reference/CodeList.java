package org.ohchr.uprfund.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A code list of reference data (cost categories, income kinds, statuses...) with the label of each code in the six UN
 * languages, as its owner writes it once: a resource {@code META-INF/resources/reference/<name>.json}, shipped in the
 * owner's jar and in its {@code event-schemas} jar beside the event schemas. The owner labels its own codes from it, and
 * a service that shows the owner's codes reads the same resource from that jar: no label is copied.
 *
 * <pre>
 * {"codeList": "cost-categories", "owner": "projects-service", "description": "...",
 *  "items": [{"code": "STAFF", "labels": {"ar": "...", "zh": "...", "en": "Staff costs", "fr": "...", "ru": "...", "es": "..."}}]}
 * </pre>
 *
 * A list is read whole when it is first asked for and refused unless every code has a label, not blank, in each of the
 * six languages; so a missing or broken list stops its service at start rather than showing a blank.
 */
public final class CodeList {

    /** Where code lists are, on the class path; served by their owner (and the gateway) under {@code /reference/}. */
    public static final String LOCATION = "META-INF/resources/reference/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String owner;
    private final Map<String, Map<UnLanguage, String>> labels;

    private CodeList(String name, String owner, Map<String, Map<UnLanguage, String>> labels) {
        this.name = name;
        this.owner = owner;
        this.labels = labels;
    }

    /** The code list of that name, such as {@code cost-categories}. */
    public static CodeList named(String name) {
        String path = LOCATION + name + ".json";
        try (InputStream in = resource(path)) {
            if (in == null) {
                throw new IllegalStateException("No code list " + path + " on the class path: its owner's jar ships it");
            }
            return parse(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Code list " + path + " cannot be read", e);
        }
    }

    /**
     * The code list of that name, which must hold exactly these codes in this order: the enum that names the codes in Java
     * and the list that labels them cannot drift apart.
     */
    public static CodeList of(String name, Enum<?>[] codes) {
        CodeList list = named(name);
        List<String> expected = Arrays.stream(codes).map(Enum::name).toList();
        if (!list.codes().equals(expected)) {
            throw new IllegalStateException("Code list " + name + " holds " + list.codes() + ", not the codes " + expected);
        }
        return list;
    }

    public String name() {
        return name;
    }

    /** The service that owns the list, such as {@code projects-service}. */
    public String owner() {
        return owner;
    }

    /** The codes, in the list's order. */
    public List<String> codes() {
        return List.copyOf(labels.keySet());
    }

    public String label(String code, UnLanguage language) {
        Map<UnLanguage, String> byLanguage = labels.get(code);
        if (byLanguage == null) {
            throw new IllegalArgumentException("No code " + code + " in the code list " + name);
        }
        return byLanguage.get(language);
    }

    public String label(Enum<?> code, UnLanguage language) {
        return label(code.name(), language);
    }

    /** Each code with its label in the language, in the list's order. */
    public Map<String, String> labels(UnLanguage language) {
        Map<String, String> inLanguage = new LinkedHashMap<>();
        labels.forEach((code, byLanguage) -> inLanguage.put(code, byLanguage.get(language)));
        return Collections.unmodifiableMap(inLanguage);
    }

    /** Each code with its label in the UN language an {@code Accept-Language} header prefers (English by default). */
    public Map<String, String> labels(String acceptLanguage) {
        return labels(UnLanguage.preferred(acceptLanguage));
    }

    private static CodeList parse(String name, JsonNode list) {
        if (!name.equals(list.path("codeList").asText())) {
            throw new IllegalStateException("Code list " + name + " names itself " + list.path("codeList"));
        }
        Map<String, Map<UnLanguage, String>> labels = new LinkedHashMap<>();
        for (JsonNode item : list.path("items")) {
            String code = item.path("code").asText("");
            if (code.isBlank() || labels.containsKey(code)) {
                throw new IllegalStateException("Code list " + name + " has a blank or repeated code: " + item);
            }
            Map<UnLanguage, String> byLanguage = new EnumMap<>(UnLanguage.class);
            for (UnLanguage language : UnLanguage.values()) {
                String label = item.path("labels").path(language.tag()).asText("");
                if (label.isBlank()) {
                    throw new IllegalStateException("Code list " + name + ": " + code + " has no label in " + language.tag());
                }
                byLanguage.put(language, label);
            }
            Iterator<String> tags = item.path("labels").fieldNames();
            while (tags.hasNext()) {
                String tag = tags.next();
                if (Arrays.stream(UnLanguage.values()).noneMatch(language -> language.tag().equals(tag))) {
                    throw new IllegalStateException("Code list " + name + ": " + code + " has a label in " + tag
                            + ", not one of the six UN languages");
                }
            }
            labels.put(code, Collections.unmodifiableMap(byLanguage));
        }
        if (labels.isEmpty()) {
            throw new IllegalStateException("Code list " + name + " has no codes");
        }
        return new CodeList(name, list.path("owner").asText(), Collections.unmodifiableMap(labels));
    }

    private static InputStream resource(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(path);
        return in != null ? in : CodeList.class.getClassLoader().getResourceAsStream(path);
    }
}

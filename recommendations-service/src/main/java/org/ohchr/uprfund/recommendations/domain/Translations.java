package org.ohchr.uprfund.recommendations.domain;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ohchr.uprfund.platform.reference.UnLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A recommendation's translations as the database keeps them: a JSON object of language tag to text. */
public final class Translations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Translations() {
    }

    public static String toJson(SortedMap<UnLanguage, String> translations) {
        Map<String, String> byTag = new TreeMap<>();
        translations.forEach((language, text) -> byTag.put(language.tag(), text));
        try {
            return JSON.writeValueAsString(byTag);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Translations cannot be written as JSON", e);
        }
    }

    public static SortedMap<UnLanguage, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Collections.emptySortedMap();
        }
        try {
            Map<String, String> byTag = JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
            SortedMap<UnLanguage, String> translations = new TreeMap<>();
            byTag.forEach((tag, text) -> translations.put(UnLanguage.valueOf(tag.toUpperCase(Locale.ROOT)), text));
            return Collections.unmodifiableSortedMap(translations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored translations are not a JSON object", e);
        }
    }
}

package org.ohchr.uprfund.platform.reference;

import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * An answer labelled in one of the six UN languages: the one the request's {@code Accept-Language} prefers
 * ({@link UnLanguage#preferred}). It says which ({@code Content-Language}) and that it depends on that header
 * ({@code Vary}), so that no cache serves it to a reader of another language.
 */
public final class LabelledAnswer {

    /** How every API document describes {@code Accept-Language}, where an operation takes it. */
    public static final String ACCEPT_LANGUAGE = "Such as fr-CH, fr;q=0.9, en;q=0.5. The answer is labelled in the first of the six"
            + " UN languages (ar, zh, en, fr, ru, es) it prefers; in English when it names none of them";

    private LabelledAnswer() {
    }

    /** A 200 carrying what {@code labelled} gives in the language {@code acceptLanguage} prefers. */
    public static Response of(String acceptLanguage, Function<UnLanguage, ?> labelled) {
        UnLanguage language = UnLanguage.preferred(acceptLanguage);
        return Response.ok(labelled.apply(language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}

package org.ohchr.uprfund.recommendations.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** Answers labelled in a language: it says which ({@code Content-Language}) and that the answer depends on the request's. */
final class Languages {

    private Languages() {
    }

    static Response labelled(Object entity, UnLanguage language) {
        return Response.ok(entity).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}

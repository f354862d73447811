package org.ohchr.uprfund.contributions.rest;

/** JSON examples shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String NEW_DONOR = """
            {"name": "Norway", "kind": "STATE", "iso3": "NOR"}
            """;

    static final String DONOR = """
            {"id": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11", "name": "Norway", "kind": "STATE", "iso3": "NOR",
             "registeredAt": "2026-11-27T09:15:00Z", "version": 0}
            """;

    static final String DONOR_PAGE = """
            {"items": [{"id": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11", "name": "Norway", "kind": "STATE", "iso3": "NOR",
             "registeredAt": "2026-11-27T09:15:00Z", "version": 0}], "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_DONOR = """
            {"type": "https://upr-fund.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The request has 1 invalid field(s)", "instance": "/api/donors",
             "violations": [{"field": "iso3", "message": "is required for a State"}]}
            """;

    static final String DUPLICATE_DONOR = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A donor with ISO code NOR is already registered", "instance": "/api/donors"}
            """;

    static final String NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "Nothing is found at /api/donors/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "instance": "/api/donors/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11"}
            """;

    static final String UNAUTHENTICATED = """
            {"type": "https://upr-fund.example/problems/unauthenticated", "title": "Authentication required",
             "status": 401, "detail": "This operation needs a valid bearer token", "instance": "/api/donors"}
            """;

    static final String FORBIDDEN = """
            {"type": "https://upr-fund.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token does not grant the role this operation needs", "instance": "/api/donors"}
            """;
}

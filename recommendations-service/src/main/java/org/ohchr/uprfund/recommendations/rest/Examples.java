package org.ohchr.uprfund.recommendations.rest;

/**
 * JSON and CSV examples shown in the OpenAPI document. Their recommendations are illustrative, written for the
 * documentation (hence document symbols such as DEMO/UPR/KHM/3), not quotations of UN documents.
 */
final class Examples {

    private Examples() {
    }

    static final String IDEMPOTENCY_KEY_OPTIONAL = "Makes the request safe to retry: a retry with the same key returns the first"
            + " response and records nothing twice";

    static final String NEW_RECOMMENDATION = """
            {"stateUnderReview": "KHM", "recommendingStates": ["URY", "FRA"], "mechanism": "UPR", "cycle": 3, "session": "32",
             "documentSymbol": "DEMO/UPR/KHM/3", "paragraph": "110.12", "language": "en",
             "text": "Accelerate the issuing of communal land titles to indigenous communities and simplify land titling procedures",
             "translations": {"fr": "Accélérer la délivrance de titres fonciers collectifs aux communautés autochtones et simplifier les procédures d'enregistrement foncier"},
             "response": "SUPPORTED", "actionCategory": 5, "themes": ["LAND_AND_HOUSING", "INDIGENOUS_PEOPLES"],
             "affectedPersons": ["INDIGENOUS_PEOPLES", "RURAL_POPULATIONS"], "sdgGoals": [1], "sdgTargets": ["1.4"],
             "note": "Illustrative text written for the documentation; not a quotation"}
            """;

    static final String NEW_TREATY_BODY_RECOMMENDATION = """
            {"stateUnderReview": "TGO", "mechanism": "TREATY_BODY", "documentSymbol": "DEMO/CEDAW/TGO/1", "paragraph": "25 (a)",
             "language": "fr", "text": "Adopter une loi qui incrimine expressément la violence domestique, y compris le viol conjugal",
             "themes": ["VIOLENCE_AGAINST_WOMEN"], "affectedPersons": ["WOMEN_AND_GIRLS"], "sdgTargets": ["5.2"]}
            """;

    static final String RECOMMENDATION = """
            {"id": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01", "stateUnderReview": "KHM", "recommendingStates": ["FRA", "URY"],
             "mechanism": "UPR", "cycle": 3, "session": "32", "documentSymbol": "DEMO/UPR/KHM/3", "paragraph": "110.12",
             "reference": "DEMO/UPR/KHM/3, para. 110.12", "language": "en",
             "text": "Accelerate the issuing of communal land titles to indigenous communities and simplify land titling procedures",
             "translations": {"fr": "Accélérer la délivrance de titres fonciers collectifs aux communautés autochtones et simplifier les procédures d'enregistrement foncier"},
             "response": "SUPPORTED", "actionCategory": 5, "themes": ["INDIGENOUS_PEOPLES", "LAND_AND_HOUSING"],
             "affectedPersons": ["INDIGENOUS_PEOPLES", "RURAL_POPULATIONS"], "sdgGoals": [1], "sdgTargets": ["1.4"],
             "implementationStatus": "IN_PROGRESS", "note": "Illustrative text written for the documentation; not a quotation",
             "recordedAt": "2026-11-27T09:15:00Z", "recordedBy": "editor@ohchr.example", "revisedAt": null, "revisedBy": null,
             "version": 1}
            """;

    static final String RECOMMENDATION_REVISION = """
            {"recommendingStates": ["URY", "FRA"], "mechanism": "UPR", "session": "32", "language": "en",
             "text": "Accelerate the issuing of communal land titles to indigenous communities and simplify land titling procedures",
             "response": "SUPPORTED", "actionCategory": 5, "themes": ["LAND_AND_HOUSING", "INDIGENOUS_PEOPLES"],
             "affectedPersons": ["INDIGENOUS_PEOPLES"], "sdgTargets": ["1.4", "2.3"]}
            """;

    static final String RECOMMENDATION_PAGE = """
            {"items": [{"id": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01", "stateUnderReview": "KHM", "recommendingStates": ["FRA", "URY"],
             "mechanism": "UPR", "cycle": 3, "session": "32", "documentSymbol": "DEMO/UPR/KHM/3", "paragraph": "110.12",
             "reference": "DEMO/UPR/KHM/3, para. 110.12", "language": "en",
             "text": "Accelerate the issuing of communal land titles to indigenous communities and simplify land titling procedures",
             "translations": {}, "response": "SUPPORTED", "actionCategory": 5, "themes": ["INDIGENOUS_PEOPLES", "LAND_AND_HOUSING"],
             "affectedPersons": ["INDIGENOUS_PEOPLES"], "sdgGoals": [1], "sdgTargets": ["1.4"], "implementationStatus": "IN_PROGRESS",
             "note": null, "recordedAt": "2026-11-27T09:15:00Z", "recordedBy": "editor@ohchr.example", "revisedAt": null,
             "revisedBy": null, "version": 1}], "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_RECOMMENDATION = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has 3 invalid fields or parameters", "instance": "/api/recommendations",
             "violations": [{"field": "recommendingStates[1]", "message": "'XYZ' is not an ISO 3166-1 alpha-3 country code"},
              {"field": "cycle", "message": "must be a UPR cycle from 1 to 4"},
              {"field": "sdgTargets[0]", "message": "'18.1' is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to 5.6 and 5.a to 5.c (see GET /api/sdgs)"}]}
            """;

    static final String MALFORMED_BODY = """
            {"type": "https://upr-fund.example/problems/malformed-request", "title": "Malformed request", "status": 400,
             "detail": "The body is not well-formed JSON, or exceeds the limits of this service (nesting depth, length of a number or of a text)",
             "instance": "/api/recommendations"}
            """;

    static final String RECOMMENDATION_EXISTS = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Recommendation 6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01 is already recorded for KHM, cycle 3, DEMO/UPR/KHM/3 para. 110.12: revise it with PUT /api/recommendations/6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01",
             "instance": "/api/recommendations"}
            """;

    static final String NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No recommendation 6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01 exists",
             "instance": "/api/recommendations/6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01"}
            """;

    static final String INVALID_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: sdgTarget", "instance": "/api/recommendations",
             "violations": [{"field": "sdgTarget", "message": "is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to 5.6 and 5.a to 5.c (see GET /api/sdgs)"}]}
            """;

    static final String INVALID_PAGE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: size", "instance": "/api/recommendations/import/reports",
             "violations": [{"field": "size", "message": "must be from 1 to 200"}]}
            """;

    static final String THEMES_FR = """
            {"language": "fr", "items": [
             {"code": "INTERNATIONAL_INSTRUMENTS", "label": "Acceptation des normes internationales"},
             {"code": "RIGHT_TO_EDUCATION", "label": "Droit à l'éducation"},
             {"code": "LAND_AND_HOUSING", "label": "Terres et logement"}]}
            """;

    static final String SDGS_ES = """
            {"language": "es", "targets": 169, "goals": [
             {"goal": 1, "title": "Poner fin a la pobreza en todas sus formas en todo el mundo",
              "targets": ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"]},
             {"goal": 5, "title": "Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas",
              "targets": ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c"]}]}
            """;

    static final String VOCABULARY_RU = """
            {"language": "ru",
             "mechanisms": [{"code": "UPR", "label": "Универсальный периодический обзор"}, {"code": "TREATY_BODY", "label": "Договорные органы"},
              {"code": "SPECIAL_PROCEDURE", "label": "Специальные процедуры"}],
             "responses": [{"code": "SUPPORTED", "label": "Поддержана"}, {"code": "SUPPORTED_IN_PART", "label": "Поддержана частично"},
              {"code": "NOTED", "label": "Принята к сведению"}, {"code": "PENDING", "label": "Ожидает ответа"}],
             "implementationStatuses": [{"code": "NOT_STARTED", "label": "Не начато"}, {"code": "IN_PROGRESS", "label": "В процессе"},
              {"code": "PARTIALLY_IMPLEMENTED", "label": "Частично выполнено"}, {"code": "IMPLEMENTED", "label": "Выполнено"}],
             "priorities": [{"code": "HIGH", "label": "Высокий"}, {"code": "MEDIUM", "label": "Средний"}, {"code": "LOW", "label": "Низкий"}],
             "actionCategories": [{"code": "1", "label": "Минимальные действия"}, {"code": "5", "label": "Конкретные действия"}],
             "affectedPersons": [{"code": "WOMEN_AND_GIRLS", "label": "Женщины и девочки"}, {"code": "CHILDREN", "label": "Дети"}]}
            """;

    static final String MATRIX = """
            {"state": "KHM", "cycle": 3, "language": "en", "recommendations": 3,
             "byResponse": [{"code": "SUPPORTED", "label": "Supported", "count": 2}, {"code": "SUPPORTED_IN_PART", "label": "Supported in part", "count": 0},
              {"code": "NOTED", "label": "Noted", "count": 1}, {"code": "PENDING", "label": "Pending", "count": 0}],
             "byImplementationStatus": [{"code": "NOT_STARTED", "label": "Not started", "count": 1}, {"code": "IN_PROGRESS", "label": "In progress", "count": 2},
              {"code": "PARTIALLY_IMPLEMENTED", "label": "Partially implemented", "count": 0}, {"code": "IMPLEMENTED", "label": "Implemented", "count": 0}],
             "themes": [
              {"theme": "RIGHT_TO_EDUCATION", "label": "Right to education", "recommendations": 1,
               "cells": [{"response": "SUPPORTED", "implementationStatus": "IN_PROGRESS", "count": 1}]},
              {"theme": "LAND_AND_HOUSING", "label": "Land and housing", "recommendations": 2,
               "cells": [{"response": "SUPPORTED", "implementationStatus": "IN_PROGRESS", "count": 1},
                         {"response": "NOTED", "implementationStatus": "NOT_STARTED", "count": 1}]}],
             "sdgCoverage": {"goals": [{"goal": 1, "title": "End poverty in all its forms everywhere", "recommendations": 2},
               {"goal": 4, "title": "Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all", "recommendations": 1}],
              "targets": [{"target": "1.4", "goal": 1, "recommendations": 2}, {"target": "4.1", "goal": 4, "recommendations": 1}],
              "withoutSdg": 0}}
            """;

    static final String MATRIX_WITHOUT_STATE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: state", "instance": "/api/recommendations/matrix",
             "violations": [{"field": "state", "message": "is required: the ISO 3166-1 alpha-3 code of the State under review, such as KHM"}]}
            """;

    static final String CSV_IMPORT = "state_under_review,recommending_states,mechanism,cycle,session,document_symbol,paragraph,language,"
            + "text,response,action_category,themes,affected_persons,sdg_goals,sdg_targets,implementation_status,note\r\n"
            + "KHM,FRA;URY,UPR,3,32,DEMO/UPR/KHM/3,110.12,en,\"Accelerate the issuing of communal land titles to indigenous communities\","
            + "SUPPORTED,5,LAND_AND_HOUSING;INDIGENOUS_PEOPLES,INDIGENOUS_PEOPLES,1,1.4,IN_PROGRESS,Illustrative\r\n"
            + "PER,ESP,UPR,3,28,DEMO/UPR/PER/3,111.7,es,\"Garantizar el acceso a la educación intercultural bilingüe en las zonas rurales\","
            + "SUPPORTED,4,RIGHT_TO_EDUCATION;INDIGENOUS_PEOPLES,INDIGENOUS_PEOPLES;CHILDREN,4,4.5,NOT_STARTED,Illustrative\r\n";

    static final String CSV_EXPORT = "state_under_review,recommending_states,mechanism,cycle,session,document_symbol,paragraph,language,"
            + "text,response,action_category,themes,affected_persons,sdg_goals,sdg_targets,implementation_status,note,translation_ar,"
            + "translation_zh,translation_en,translation_fr,translation_ru,translation_es\r\n"
            + "KHM,FRA;URY,UPR,3,32,DEMO/UPR/KHM/3,110.12,en,Accelerate the issuing of communal land titles to indigenous communities,"
            + "SUPPORTED,5,INDIGENOUS_PEOPLES;LAND_AND_HOUSING,INDIGENOUS_PEOPLES,1,1.4,IN_PROGRESS,Illustrative,,,,,,\r\n";

    static final String IMPORT_REPORT = """
            {"id": "0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f", "importedAt": "2026-11-27T10:00:00Z", "importedBy": "editor@ohchr.example",
             "rows": 3, "created": 1, "updated": 1, "unchanged": 0, "refused": 1, "bytes": 812, "durationMs": 41,
             "refusedRows": [{"row": 4, "outcome": "REFUSED", "recommendationId": null, "changedFields": null,
               "problem": {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
                "detail": "Row 4 is refused: 1 problem", "instance": "/api/recommendations/import",
                "violations": [{"field": "sdg_targets", "message": "item 1: '18.1' is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to 5.6 and 5.a to 5.c (see GET /api/sdgs)"}]}}],
             "updatedRows": [{"row": 3, "outcome": "UPDATED", "recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01",
               "changedFields": ["response"], "problem": null}],
             "rowsUrl": "https://fund.example.org/api/recommendations/import/reports/0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f/rows",
             "awaitingSearchIndex": 1}
            """;

    static final String IMPORT_PAGE = """
            {"items": [{"id": "0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f", "importedAt": "2026-11-27T10:00:00Z",
             "importedBy": "editor@ohchr.example", "rows": 3, "created": 1, "updated": 1, "unchanged": 0, "refused": 1, "bytes": 812,
             "durationMs": 41, "refusedRows": [], "updatedRows": [],
             "rowsUrl": "https://fund.example.org/api/recommendations/import/reports/0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f/rows",
             "awaitingSearchIndex": 0}], "page": 0, "size": 20, "total": 1}
            """;

    static final String IMPORT_ROWS = """
            {"items": [{"row": 2, "outcome": "CREATED", "recommendationId": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "changedFields": null, "problem": null},
             {"row": 3, "outcome": "UPDATED", "recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01", "changedFields": ["response"], "problem": null},
             {"row": 4, "outcome": "REFUSED", "recommendationId": null, "changedFields": null,
              "problem": {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
               "detail": "Row 4 is refused: 1 problem", "instance": "/api/recommendations/import",
               "violations": [{"field": "cycle", "message": "must be a UPR cycle from 1 to 4"}]}}],
             "page": 0, "size": 20, "total": 3}
            """;

    static final String IMPORT_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No import 0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f exists",
             "instance": "/api/recommendations/import/reports/0b9d7c4e-2f1a-4e3b-8c5d-6a7b8c9d0e1f"}
            """;

    static final String CSV_WRONG_HEADER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has 2 invalid fields or parameters", "instance": "/api/recommendations/import",
             "violations": [{"field": "header", "message": "column 1, 'state', is not a column of the format; the columns are [state_under_review, ...]"},
              {"field": "header", "message": "column 'state_under_review' is missing"}]}
            """;

    static final String CSV_CELL_TOO_LONG = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: text", "instance": "/api/recommendations/import",
             "violations": [{"field": "text", "message": "row 7: the cell is longer than 20000 characters"}]}
            """;

    static final String CSV_NOT_UTF8 = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: file", "instance": "/api/recommendations/import",
             "violations": [{"field": "file", "message": "row 12: is not valid UTF-8: send the file encoded in UTF-8"}]}
            """;

    static final String IMPORT_RACED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A recommendation of this file was recorded by another request while the file was being imported; nothing was imported: import the file again",
             "instance": "/api/recommendations/import"}
            """;

    static final String CSV_MEDIA_TYPE = """
            {"type": "https://upr-fund.example/problems/unsupported-media-type", "title": "Unsupported media type", "status": 415,
             "detail": "The body is application/json; send the file as text/csv; charset=utf-8", "instance": "/api/recommendations/import"}
            """;

    static final String SDG_SUGGESTIONS = """
            {"recommendationId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "method": "lexicon", "language": "en", "suggestions": [
             {"target": "11.1", "goal": 11, "goalTitle": "Make cities and human settlements inclusive, safe, resilient and sustainable",
              "score": 5, "confidence": 0.71, "evidence": ["forced evictions", "evictions"], "status": "OPEN"},
             {"target": "1.4", "goal": 1, "goalTitle": "End poverty in all its forms everywhere", "score": 4, "confidence": 0.67,
              "evidence": ["land titles", "land"], "status": "LINKED"}]}
            """;

    static final String SDG_SUGGESTION_ACCEPTED = """
            {"target": "11.1", "goal": 11, "goalTitle": "Make cities and human settlements inclusive, safe, resilient and sustainable",
             "score": 5, "confidence": 0.71, "evidence": ["forced evictions", "evictions"], "status": "LINKED"}
            """;

    static final String SDG_SUGGESTION_REJECTED = """
            {"target": "11.1", "goal": 11, "goalTitle": "Make cities and human settlements inclusive, safe, resilient and sustainable",
             "score": 5, "confidence": 0.71, "evidence": ["forced evictions", "evictions"], "status": "REJECTED"}
            """;

    static final String UNKNOWN_TARGET = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: target",
             "instance": "/api/recommendations/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/sdg-suggestions/18.1/accept",
             "violations": [{"field": "target", "message": "is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to 5.6 and 5.a to 5.c (see GET /api/sdgs)"}]}
            """;

    static final String NOT_SUGGESTED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Target 14.1 is not among the targets suggested for recommendation 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d; an editor links any other target by revising the recommendation",
             "instance": "/api/recommendations/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/sdg-suggestions/14.1/accept"}
            """;

    static final String REJECT_LINKED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Target 1.4 is linked to recommendation 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d: to remove the link, revise the recommendation (PUT /api/recommendations/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d) without it",
             "instance": "/api/recommendations/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/sdg-suggestions/1.4/reject"}
            """;

    static final String PLAN_CHANGES = """
            {"priority": "HIGH", "responsibleInstitutions": ["Ministry of Land Management", "Cambodian Human Rights Committee"],
             "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "resourcesNeeded": "Two land-titling officers per province",
             "indicators": ["Number of communal land titles issued to indigenous communities"]}
            """;

    static final String PLAN = """
            {"recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01", "stateUnderReview": "KHM",
             "reference": "DEMO/UPR/KHM/3, para. 110.12", "priority": "HIGH",
             "responsibleInstitutions": ["Ministry of Land Management", "Cambodian Human Rights Committee"],
             "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "resourcesNeeded": "Two land-titling officers per province",
             "indicators": ["Number of communal land titles issued to indigenous communities"], "implementationStatus": "IN_PROGRESS",
             "updatedAt": "2026-11-27T09:30:00Z", "updatedBy": "editor@ohchr.example", "version": 2}
            """;

    static final String PLAN_PAGE = """
            {"items": [{"recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01", "stateUnderReview": "KHM",
             "reference": "DEMO/UPR/KHM/3, para. 110.12", "priority": "HIGH", "responsibleInstitutions": ["Ministry of Land Management"],
             "plannedStart": "2021-01-01", "plannedEnd": "2022-12-31", "resourcesNeeded": null, "indicators": [],
             "implementationStatus": "IN_PROGRESS", "updatedAt": "2026-11-27T09:30:00Z", "updatedBy": "editor@ohchr.example",
             "version": 2}], "page": 0, "size": 20, "total": 1}
            """;

    static final String PLAN_PERIOD_REVERSED = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: plannedEnd",
             "instance": "/api/implementation-plans/6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01",
             "violations": [{"field": "plannedEnd", "message": "must not be before plannedStart (2022-01-01)"}]}
            """;

    static final String NEW_STATUS_CHANGE = """
            {"status": "IMPLEMENTED", "evidence": "https://www.example.gov.kh/land/communal-titles-2021.pdf",
             "note": "Sub-decree on communal land titling adopted"}
            """;

    static final String STATUS_CHANGE = """
            {"id": "2d4f6a8c-1e3b-4d5f-9a7c-0b2d4f6a8c1e", "recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01",
             "previousStatus": "IN_PROGRESS", "status": "IMPLEMENTED", "evidence": "https://www.example.gov.kh/land/communal-titles-2021.pdf",
             "note": "Sub-decree on communal land titling adopted", "changedAt": "2026-11-27T11:00:00Z", "changedBy": "editor@ohchr.example"}
            """;

    static final String STATUS_CHANGE_PAGE = """
            {"items": [{"id": "2d4f6a8c-1e3b-4d5f-9a7c-0b2d4f6a8c1e", "recommendationId": "6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01",
             "previousStatus": "NOT_STARTED", "status": "IN_PROGRESS", "evidence": null, "note": "Consultations with provinces began",
             "changedAt": "2026-11-27T11:00:00Z", "changedBy": "editor@ohchr.example"}], "page": 0, "size": 20, "total": 1}
            """;

    static final String STATUS_WITHOUT_EVIDENCE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: evidence",
             "instance": "/api/implementation-plans/6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01/status-changes",
             "violations": [{"field": "evidence", "message": "is required for IMPLEMENTED: a link to what shows the recommendation implemented"}]}
            """;

    static final String SAME_STATUS = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Recommendation 6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01 is already IN_PROGRESS",
             "instance": "/api/implementation-plans/6a2f3c1e-8b4d-4f6a-9c2e-1d3b5a7f9e01/status-changes"}
            """;
}

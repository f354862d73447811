package org.ohchr.uprfund.projects.rest;

/** JSON examples of expenditure, its corrections and summaries, the closed periods and offline batches. */
final class ExpenditureExamples {

    private ExpenditureExamples() {
    }

    static final String NEW_PROJECT_EXPENDITURE = """
            {"projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "spentOn": "2020-11-20", "costCategory": "CONTRACTUAL_SERVICES",
             "amountUsd": 12500.00, "description": "Tracking database: configuration and training of focal points",
             "reference": "PO-2020-4471"}
            """;

    static final String NEW_FUND_EXPENDITURE = """
            {"spentOn": "2020-12-31", "costCategory": "STAFF", "amountUsd": 317975.13,
             "description": "Table 1 (2020): Staff costs", "reference": "Report 2020, Table 1"}
            """;

    static final String NEW_RECONCILIATION_EXPENDITURE = """
            {"spentOn": "2019-12-31", "costCategory": "PARTICIPANT_TRAVEL", "amountUsd": 5647.59,
             "description": "Participants' travel of earlier years reversed in 2020 (reconciliation)",
             "reconciliation": {"line": "PARTICIPANT_TRAVEL",
              "note": "Table 1 (2020), travel of representatives and participants, (5,647.59): the report gives only the 2020 net reversal of this line; the earlier expenditure it reverses is not in it"}}
            """;

    static final String EXPENDITURE = """
            {"id": "5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "KHM",
             "spentOn": "2020-11-20", "costCategory": "CONTRACTUAL_SERVICES", "amountUsd": 12500.00,
             "description": "Tracking database: configuration and training of focal points", "reference": "PO-2020-4471",
             "reconciliation": null, "correctsExpenditureId": null, "correctedUsd": 0.00, "remainingUsd": 12500.00,
             "recordedAt": "2026-12-01T13:00:00Z"}
            """;

    static final String EXPENDITURE_PAGE = """
            {"items": [{"id": "5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "iso3": "KHM", "spentOn": "2020-11-20", "costCategory": "CONTRACTUAL_SERVICES", "amountUsd": 12500.00,
             "description": "Tracking database: configuration and training of focal points", "reference": "PO-2020-4471",
             "reconciliation": null, "correctsExpenditureId": null, "correctedUsd": 2500.00, "remainingUsd": 10000.00,
             "recordedAt": "2026-12-01T13:00:00Z"},
             {"id": "8e1f3b2c-4d5e-4f6a-9b0c-1d2e3f4a5b6c", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "iso3": "KHM", "spentOn": "2020-12-15", "costCategory": "CONTRACTUAL_SERVICES", "amountUsd": -2500.00,
             "description": "Training session cancelled; the contractor refunded it", "reference": "CN-2020-0091",
             "reconciliation": null, "correctsExpenditureId": "5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "correctedUsd": null,
             "remainingUsd": null, "recordedAt": "2026-12-01T13:30:00Z"}], "page": 0, "size": 20, "total": 2}
            """;

    static final String INVALID_EXPENDITURE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: amountUsd", "instance": "/api/expenditures",
             "violations": [{"field": "amountUsd", "message": "has more than two decimals (US dollars and cents)"}]}
            """;

    static final String FUND_LEVEL_FORBIDDEN = """
            {"type": "https://upr-fund.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Recording fund-level expenditure (no projectId) is for a fund manager: a field office writes for the projects of its States only",
             "instance": "/api/expenditures"}
            """;

    static final String CORRECTION_OF_A_PROJECT_OVER_FORBIDDEN = """
            {"type": "https://upr-fund.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Correcting the expenditure of project 7c9e6679-7425-40de-944b-e07fc1f90ae7, which is CANCELLED, is for a fund manager: a field office writes for the projects of its States only",
             "instance": "/api/expenditures/5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/corrections"}
            """;

    static final String EXPENDITURE_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No expenditure entry 5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b exists",
             "instance": "/api/expenditures/5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}
            """;

    static final String UNKNOWN_PROJECT = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No project 7c9e6679-7425-40de-944b-e07fc1f90ae7 exists", "instance": "/api/expenditures"}
            """;

    static final String CANCELLED_PROJECT = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Project 7c9e6679-7425-40de-944b-e07fc1f90ae7 is CANCELLED: expenditure is recorded for approved projects, not for a proposal or a cancelled project",
             "instance": "/api/expenditures"}
            """;

    static final String IN_CLOSED_PERIOD = """
            {"type": "https://upr-fund.example/problems/period-closed", "title": "Accounting period closed", "status": 409,
             "detail": "spentOn 2019-12-31 falls in a closed accounting period: the books are closed through 2019-12-31. Enter the correction in the open year, dated after 2019-12-31.",
             "instance": "/api/expenditures"}
            """;

    static final String NEW_CORRECTION = """
            {"spentOn": "2020-12-15", "amountUsd": 2500.00, "reason": "Training session cancelled; the contractor refunded it",
             "reference": "CN-2020-0091"}
            """;

    static final String NEW_WHOLE_CORRECTION = """
            {"spentOn": "2020-12-31", "reason": "Table 1 (2020) shows this line as (5,647.59): a net reversal of earlier expenditure",
             "reference": "Report 2020, Table 1"}
            """;

    static final String CORRECTION = """
            {"id": "8e1f3b2c-4d5e-4f6a-9b0c-1d2e3f4a5b6c", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "KHM",
             "spentOn": "2020-12-15", "costCategory": "CONTRACTUAL_SERVICES", "amountUsd": -2500.00,
             "description": "Training session cancelled; the contractor refunded it", "reference": "CN-2020-0091",
             "reconciliation": null, "correctsExpenditureId": "5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "correctedUsd": null,
             "remainingUsd": null, "recordedAt": "2026-12-01T13:30:00Z"}
            """;

    static final String CORRECTION_TOO_LARGE = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Only 10000.00 USD of expenditure 5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b remain to be corrected (2500.00 USD were corrected before)",
             "instance": "/api/expenditures/5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/corrections"}
            """;

    static final String INVALID_CORRECTION = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: amountUsd",
             "instance": "/api/expenditures/5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/corrections",
             "violations": [{"field": "amountUsd", "message": "must not be larger than the entry it corrects (12500.00 USD)"}]}
            """;

    static final String INVALID_EXPENDITURE_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: to", "instance": "/api/expenditures",
             "violations": [{"field": "to", "message": "must not be before from (2020-12-31)"}]}
            """;

    static final String SUMMARY = """
            {"from": "2020-01-01", "to": "2020-12-31", "projectId": null, "iso3": null, "level": "FUND",
             "byCategory": [
              {"category": "STAFF", "label": "Staff costs", "amountUsd": 317975.13, "entries": 1},
              {"category": "OTHER_PERSONNEL", "label": "Other personnel costs (consultants and travel)", "amountUsd": 67056.23, "entries": 1},
              {"category": "STAFF_TRAVEL", "label": "Travel of staff and consultants", "amountUsd": 786.64, "entries": 1},
              {"category": "PARTICIPANT_TRAVEL", "label": "Travel of representatives and participants to meetings and seminars", "amountUsd": -5647.59, "entries": 1},
              {"category": "CONTRACTUAL_SERVICES", "label": "Contractual services", "amountUsd": 64517.17, "entries": 1},
              {"category": "GENERAL_OPERATING", "label": "General operating and other direct costs", "amountUsd": 21881.24, "entries": 1},
              {"category": "EQUIPMENT", "label": "Equipment, vehicles and furniture", "amountUsd": 0.00, "entries": 0},
              {"category": "GRANTS", "label": "Grants (<50,000 USD) and fellowships", "amountUsd": -13218.62, "entries": 1},
              {"category": "PROGRAMME_SUPPORT", "label": "Programme support (indirect) costs", "amountUsd": 58973.51, "entries": 1}],
             "byYear": [{"year": 2020, "amountUsd": 512323.71, "entries": 8}], "totalUsd": 512323.71, "entries": 8}
            """;

    static final String CLOSED_PERIODS = """
            {"closedThrough": "2019-12-31", "closings": [{"eventId": "0e7a2f4c-5b6d-4e8f-9a1b-2c3d4e5f6a7b",
              "closedBy": "BalanceCarriedForward", "closedThrough": "2019-12-31", "year": null, "balanceDate": "2020-01-01",
              "occurredAt": "2026-12-01T08:00:00Z", "appliedAt": "2026-12-01T08:00:00.350Z"}]}
            """;

    static final String COST_CATEGORIES_FR = """
            {"language": "fr", "items": [
             {"code": "STAFF", "label": "Dépenses de personnel"},
             {"code": "OTHER_PERSONNEL", "label": "Autres dépenses de personnel (consultants et voyages)"},
             {"code": "STAFF_TRAVEL", "label": "Voyages du personnel et des consultants"},
             {"code": "PARTICIPANT_TRAVEL", "label": "Voyages des représentants et des participants aux réunions et séminaires"},
             {"code": "CONTRACTUAL_SERVICES", "label": "Services contractuels"},
             {"code": "GENERAL_OPERATING", "label": "Frais généraux de fonctionnement et autres coûts directs"},
             {"code": "EQUIPMENT", "label": "Matériel, véhicules et mobilier"},
             {"code": "GRANTS", "label": "Subventions (moins de 50 000 dollars) et bourses"},
             {"code": "PROGRAMME_SUPPORT", "label": "Dépenses d'appui aux programmes (coûts indirects)"}]}
            """;

    static final String SYNC_BATCH = """
            {"items": [
             {"idempotencyKey": "0b9f3c1e-6a2d-4f7b-8c5e-1d2a3b4c5d6e", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
              "progressUpdate": {"periodStart": "2021-01-01", "periodEnd": "2021-01-31", "status": "MINOR_DELAYS",
               "narrative": "Workshop for focal points moved online; two ministries absent.", "indicators": [], "recommendationIds": []}},
             {"idempotencyKey": "4e6a8c0b-2d4f-4a6c-8e0a-2c4e6a8c0e2a",
              "expenditure": {"projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "spentOn": "2021-01-28",
               "costCategory": "GENERAL_OPERATING", "amountUsd": 340.00, "description": "Internet connection for the online workshop"}},
             {"idempotencyKey": "9c1e3a5b-7d9f-4b1d-8f3a-5b7d9f1b3d5f",
              "expenditure": {"projectId": "2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7", "spentOn": "2021-01-29",
               "costCategory": "STAFF_TRAVEL", "amountUsd": 910.00, "description": "Mission to the capital"}}]}
            """;

    static final String SYNC_RESULT = """
            {"created": 1, "replayed": 1, "refused": 1, "items": [
             {"index": 0, "idempotencyKey": "0b9f3c1e-6a2d-4f7b-8c5e-1d2a3b4c5d6e", "outcome": "CREATED", "status": 201,
              "target": "POST /api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates",
              "location": "https://fund.example/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates/9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d",
              "entry": {"id": "9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "KHM",
               "periodStart": "2021-01-01", "periodEnd": "2021-01-31", "status": "MINOR_DELAYS",
               "narrative": "Workshop for focal points moved online; two ministries absent.", "indicators": [], "recommendationIds": [],
               "reportedBy": "field-office@phnom-penh", "recordedAt": "2026-12-01T14:00:00Z"}},
             {"index": 1, "idempotencyKey": "4e6a8c0b-2d4f-4a6c-8e0a-2c4e6a8c0e2a", "outcome": "REPLAYED", "status": 201,
              "target": "POST /api/expenditures", "location": "https://fund.example/api/expenditures/5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
              "entry": {"id": "5f0d2a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "KHM",
               "spentOn": "2021-01-28", "costCategory": "GENERAL_OPERATING", "amountUsd": 340.00,
               "description": "Internet connection for the online workshop", "reference": null, "reconciliation": null,
               "correctsExpenditureId": null, "correctedUsd": 0.00, "remainingUsd": 340.00, "recordedAt": "2026-11-30T09:00:00Z"}},
             {"index": 2, "idempotencyKey": "9c1e3a5b-7d9f-4b1d-8f3a-5b7d9f1b3d5f", "outcome": "REFUSED", "status": 403,
              "target": "POST /api/expenditures",
              "problem": {"type": "https://upr-fund.example/problems/forbidden", "title": "Forbidden", "status": 403,
               "detail": "Your token writes for KHM, not for NGA: recording project 2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7's expenditure is refused",
               "instance": "/api/expenditures"}}]}
            """;

    static final String SYNC_TOO_MANY = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: items", "instance": "/api/field-updates/sync",
             "violations": [{"field": "items", "message": "holds 501 items; a batch holds at most 500: send the rest in further batches (nothing of this one was recorded)"}]}
            """;
}

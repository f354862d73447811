package org.ohchr.uprfund.projects.rest;

/** JSON examples of projects, approvals, budgets and progress updates, shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String IDEMPOTENCY_KEY_OPTIONAL = "Makes the request safe to retry: a retry with the same key returns the first"
            + " response and records nothing twice";

    static final String IDEMPOTENCY_KEY_REQUIRED = "Required: a new UUID for each new request, the same one when you retry it."
            + " A retry returns the first response and records nothing twice.";

    static final String IF_MATCH = "The project's ETag, as read: the change is refused (412) if the project changed since";

    static final String NEW_PROJECT = """
            {"code": "UPR-VF-2020-KHM", "iso3": "KHM", "title": "National recommendations tracking database",
             "fieldPresence": "OHCHR Country Office in Cambodia", "strategicArea": "IMPLEMENTATION_PLAN",
             "plannedStart": "2020-03-01", "plannedEnd": "2021-02-28", "budgetUsd": 120000.00, "genderMarker": 2,
             "recommendationIds": [], "sdgGoals": [5, 16]}
            """;

    static final String PROJECT = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "code": "UPR-VF-2020-KHM", "iso3": "KHM",
             "title": "National recommendations tracking database", "fieldPresence": "OHCHR Country Office in Cambodia",
             "strategicArea": "IMPLEMENTATION_PLAN", "status": "PROPOSED", "plannedStart": "2020-03-01", "plannedEnd": "2021-02-28",
             "proposedBudgetUsd": 120000.00, "currentBudgetUsd": 120000.00, "budgetNote": null, "spentUsd": 0.00,
             "deliveryRate": 0.0000, "genderMarker": 2, "recommendationIds": [], "sdgGoals": [5, 16], "approval": null,
             "proposedAt": "2026-12-01T09:00:00Z", "version": 0}
            """;

    static final String APPROVED_PROJECT = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "code": "UPR-VF-2020-KHM", "iso3": "KHM",
             "title": "National recommendations tracking database", "fieldPresence": "OHCHR Country Office in Cambodia",
             "strategicArea": "IMPLEMENTATION_PLAN", "status": "ACTIVE", "plannedStart": "2020-03-01", "plannedEnd": "2021-02-28",
             "proposedBudgetUsd": 120000.00, "currentBudgetUsd": 150000.00, "budgetNote": null, "spentUsd": 61250.40,
             "deliveryRate": 0.4083, "genderMarker": 2, "recommendationIds": [], "sdgGoals": [5, 16],
             "approval": {"approvedOn": "2020-03-15", "approvedBudgetUsd": 120000.00,
              "consentReference": "Note verbale of the Permanent Mission, 12 February 2020",
              "assessment": {"a": {"answer": "YES", "notes": "Flagged by CEDAW and two special procedures"},
               "b": {"answer": "YES", "notes": "Named in the High Commissioner's letter of 2019"},
               "c": {"answer": "PARTLY", "notes": "Strengthens reporting; law reform is outside its scope"},
               "d": {"answer": "YES", "notes": "Recommendations linked to SDG targets in the database"}}},
             "proposedAt": "2026-12-01T09:00:00Z", "version": 3}
            """;

    static final String PROJECT_PAGE = """
            {"items": [{"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "code": "UPR-VF-2020-KHM", "iso3": "KHM",
             "title": "National recommendations tracking database", "fieldPresence": "OHCHR Country Office in Cambodia",
             "strategicArea": "IMPLEMENTATION_PLAN", "status": "ACTIVE", "plannedStart": "2020-03-01", "plannedEnd": "2021-02-28",
             "proposedBudgetUsd": 120000.00, "currentBudgetUsd": 150000.00, "budgetNote": null, "spentUsd": 61250.40,
             "deliveryRate": 0.4083, "genderMarker": 2, "recommendationIds": [], "sdgGoals": [5, 16], "approval": null,
             "proposedAt": "2026-12-01T09:00:00Z", "version": 3}], "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_PROJECT = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: iso3", "instance": "/api/projects",
             "violations": [{"field": "iso3", "message": "is not an ISO 3166-1 alpha-3 country code"}]}
            """;

    static final String DUPLICATE_PROJECT = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A project with code UPR-VF-2020-KHM already exists (7c9e6679-7425-40de-944b-e07fc1f90ae7)",
             "instance": "/api/projects"}
            """;

    static final String PROJECT_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No project 7c9e6679-7425-40de-944b-e07fc1f90ae7 exists", "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7"}
            """;

    static final String OUT_OF_SCOPE = """
            {"type": "https://upr-fund.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token writes for KEN, not for NGA: reporting progress on project 7c9e6679-7425-40de-944b-e07fc1f90ae7 is refused",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates"}
            """;

    static final String INVALID_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: status", "instance": "/api/projects",
             "violations": [{"field": "status", "message": "must be one of [PROPOSED, APPROVED, ACTIVE, SUSPENDED, COMPLETED, CANCELLED]"}]}
            """;

    static final String NEW_APPROVAL = """
            {"approvedOn": "2020-03-15", "approvedBudgetUsd": 120000.00,
             "consentReference": "Note verbale of the Permanent Mission, 12 February 2020",
             "assessment": {"a": {"answer": "YES", "notes": "Flagged by CEDAW and two special procedures"},
              "b": {"answer": "YES", "notes": "Named in the High Commissioner's letter of 2019"},
              "c": {"answer": "PARTLY", "notes": "Strengthens reporting; law reform is outside its scope"},
              "d": {"answer": "YES", "notes": "Recommendations linked to SDG targets in the database"}}}
            """;

    static final String INVALID_APPROVAL = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has 2 invalid fields or parameters", "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/approval",
             "violations": [{"field": "assessment.c", "message": "must not be null"},
              {"field": "consentReference", "message": "must not be blank"}]}
            """;

    static final String FORBIDDEN_TRANSITION = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Project 7c9e6679-7425-40de-944b-e07fc1f90ae7 is COMPLETED and cannot move to ACTIVE: COMPLETED is final",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/status"}
            """;

    static final String NEW_STATUS_CHANGE = """
            {"status": "SUSPENDED", "reason": "National state of emergency: all meetings postponed"}
            """;

    static final String INVALID_STATUS_CHANGE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: reason", "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/status",
             "violations": [{"field": "reason", "message": "is required to move a project to SUSPENDED"}]}
            """;

    static final String STATUS_CHANGE_PAGE = """
            {"items": [{"id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427", "previousStatus": "PROPOSED", "status": "APPROVED",
              "reason": null, "changedAt": "2026-12-01T10:00:00Z"},
             {"id": "6fa459ea-ee8a-4ca4-894e-db77e160355e", "previousStatus": "APPROVED", "status": "ACTIVE",
              "reason": null, "changedAt": "2026-12-01T10:05:00Z"}], "page": 0, "size": 20, "total": 2}
            """;

    static final String STATUS_LABELS_FR = """
            {"language": "fr", "projectStatuses": [{"code": "PROPOSED", "label": "Proposé"}, {"code": "APPROVED", "label": "Approuvé"},
              {"code": "ACTIVE", "label": "En cours"}, {"code": "SUSPENDED", "label": "Suspendu"}, {"code": "COMPLETED", "label": "Achevé"},
              {"code": "CANCELLED", "label": "Annulé"}],
             "progressStatuses": [{"code": "ON_TRACK", "label": "Conforme aux prévisions"}, {"code": "MINOR_DELAYS", "label": "Retards mineurs"},
              {"code": "AT_RISK", "label": "Compromis"}, {"code": "OFF_TRACK", "label": "Nettement en retard sur les prévisions"}]}
            """;

    static final String NEW_BUDGET_REVISION = """
            {"revisedBudgetUsd": 150000.00, "effectiveOn": "2020-09-01", "reason": "Second phase approved by the Board"}
            """;

    static final String BUDGET_REVISION = """
            {"id": "3b241101-e2bb-4255-8caf-4136c566a962", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "previousBudgetUsd": 120000.00, "revisedBudgetUsd": 150000.00, "changeUsd": 30000.00, "effectiveOn": "2020-09-01",
             "reason": "Second phase approved by the Board", "recordedAt": "2026-12-01T11:00:00Z"}
            """;

    static final String BUDGET_REVISION_PAGE = """
            {"items": [{"id": "3b241101-e2bb-4255-8caf-4136c566a962", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "previousBudgetUsd": 120000.00, "revisedBudgetUsd": 150000.00, "changeUsd": 30000.00, "effectiveOn": "2020-09-01",
             "reason": "Second phase approved by the Board", "recordedAt": "2026-12-01T11:00:00Z"}], "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_BUDGET_REVISION = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: revisedBudgetUsd",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/budget-revisions",
             "violations": [{"field": "revisedBudgetUsd", "message": "must not be negative"}]}
            """;

    static final String BUDGET_NOT_RUNNING = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Project 7c9e6679-7425-40de-944b-e07fc1f90ae7 is PROPOSED: only an approved project that is still running (APPROVED, ACTIVE or SUSPENDED) has its budget revised",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/budget-revisions"}
            """;

    static final String REVISION_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No budget revision 3b241101-e2bb-4255-8caf-4136c566a962 exists",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/budget-revisions/3b241101-e2bb-4255-8caf-4136c566a962"}
            """;

    static final String NEW_PROGRESS_UPDATE = """
            {"periodStart": "2020-01-01", "periodEnd": "2020-12-31", "status": "ON_TRACK",
             "narrative": "A virtual round table convened by the Chief Judge of the Federal Capital Territory reviewed the draft sentencing practice direction.",
             "indicators": [{"name": "States whose chief judges took part in the round table", "unit": "states",
               "baseline": null, "target": null, "actual": 36}],
             "recommendationIds": []}
            """;

    static final String PROGRESS_UPDATE = """
            {"id": "9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "NGA",
             "periodStart": "2020-01-01", "periodEnd": "2020-12-31", "status": "ON_TRACK",
             "narrative": "A virtual round table convened by the Chief Judge of the Federal Capital Territory reviewed the draft sentencing practice direction.",
             "indicators": [{"name": "States whose chief judges took part in the round table", "unit": "states",
               "baseline": null, "target": null, "actual": 36}],
             "recommendationIds": [], "reportedBy": "field-office@abuja", "recordedAt": "2026-12-01T12:00:00Z"}
            """;

    static final String PROGRESS_UPDATE_PAGE = """
            {"items": [{"id": "9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d", "projectId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "iso3": "NGA",
             "periodStart": "2020-01-01", "periodEnd": "2020-12-31", "status": "ON_TRACK",
             "narrative": "A virtual round table convened by the Chief Judge of the Federal Capital Territory reviewed the draft sentencing practice direction.",
             "indicators": [], "recommendationIds": [], "reportedBy": "field-office@abuja", "recordedAt": "2026-12-01T12:00:00Z"}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_PROGRESS_UPDATE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: periodEnd",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates",
             "violations": [{"field": "periodEnd", "message": "must not be before periodStart (2020-07-01)"}]}
            """;

    static final String PROJECT_NOT_FUNDED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Project 7c9e6679-7425-40de-944b-e07fc1f90ae7 is CANCELLED: progress is reported on approved projects, not on a proposal or a cancelled project",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates"}
            """;

    static final String UPDATE_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No progress update 9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d exists",
             "instance": "/api/projects/7c9e6679-7425-40de-944b-e07fc1f90ae7/updates/9a7b3c2d-1e0f-4a5b-8c6d-7e8f9a0b1c2d"}
            """;

    static final String STRATEGIC_AREAS_ES = """
            {"language": "es", "items": [
             {"code": "RECOMMENDATIONS", "label": "Promover y aplicar las principales recomendaciones derivadas del examen periódico universal"},
             {"code": "NATIONAL_MECHANISM", "label": "Establecer o fortalecer mecanismos nacionales de aplicación, presentación de informes y seguimiento"},
             {"code": "IMPLEMENTATION_PLAN", "label": "Elaborar planes de aplicación de las recomendaciones"},
             {"code": "UN_COUNTRY_TEAM", "label": "Fortalecer la capacidad de los equipos de las Naciones Unidas en los países"},
             {"code": "PARLIAMENT", "label": "Fortalecer la capacidad de los parlamentos para promover la aplicación"}]}
            """;
}

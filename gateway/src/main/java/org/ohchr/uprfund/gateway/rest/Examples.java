package org.ohchr.uprfund.gateway.rest;

/** JSON examples shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String FUND_STATUS = """
            {
              "asOf": "2020-12-31",
              "computedAt": "2026-11-27T12:00:05.412Z",
              "balanceCarriedForward": {"balanceId": "0b7e5c1a-2f4d-4c83-9e61-5a3d7f2b9c10", "balanceDate": "2020-01-01",
                "amountUsd": 2352992.80, "source": "Annual report to the Human Rights Council, 2020"},
              "counted": {"from": "2020-01-01", "to": "2020-12-31"},
              "income": {
                "byKind": [
                  {"code": "CONTRIBUTIONS_RECEIVED", "amountUsd": 298807.00, "entries": 6},
                  {"code": "EXCHANGE_GAINS_LOSSES", "amountUsd": 0.00, "entries": 0},
                  {"code": "PRIOR_YEAR_PLEDGE_RECEIPT", "amountUsd": 466.12, "entries": 1},
                  {"code": "INVESTMENT", "amountUsd": 0.00, "entries": 0},
                  {"code": "MISCELLANEOUS", "amountUsd": 68553.47, "entries": 2}
                ],
                "totalUsd": 367826.59,
                "ofWhichReconciliation": {"code": "RECONCILIATION", "amountUsd": 47790.13, "entries": 1}
              },
              "expenditure": {
                "byCategory": [
                  {"code": "STAFF", "amountUsd": 317975.13, "entries": 1},
                  {"code": "OTHER_PERSONNEL", "amountUsd": 67056.23, "entries": 1},
                  {"code": "STAFF_TRAVEL", "amountUsd": 786.64, "entries": 1},
                  {"code": "PARTICIPANT_TRAVEL", "amountUsd": -5647.59, "entries": 1},
                  {"code": "CONTRACTUAL_SERVICES", "amountUsd": 64517.17, "entries": 1},
                  {"code": "GENERAL_OPERATING", "amountUsd": 21881.24, "entries": 1},
                  {"code": "EQUIPMENT", "amountUsd": 0.00, "entries": 0},
                  {"code": "GRANTS", "amountUsd": -13218.62, "entries": 1},
                  {"code": "PROGRAMME_SUPPORT", "amountUsd": 58973.51, "entries": 1}
                ],
                "totalUsd": 512323.71
              },
              "netResultUsd": -144497.12,
              "closingBalanceUsd": 2208495.68,
              "pledgesOutstanding": {"totalUsd": 105000.00, "byDonor": [
                {"donorId": "5b0a1f52-8d3c-4f0e-9a57-2a61c4d0b7e1", "name": "Saudi Arabia", "iso3": "SAU", "outstandingUsd": 105000.00,
                 "pledges": 1}]},
              "projects": {
                "count": 2,
                "byStatus": [{"code": "PROPOSED", "count": 0}, {"code": "APPROVED", "count": 1}, {"code": "ACTIVE", "count": 1},
                  {"code": "SUSPENDED", "count": 0}, {"code": "COMPLETED", "count": 0}, {"code": "CANCELLED", "count": 0}],
                "byCountry": [{"iso3": "KHM", "projects": 1, "funded": 1, "budgetUsd": 150000.00, "spentUsd": 61210.40},
                  {"iso3": "NGA", "projects": 1, "funded": 1, "budgetUsd": 95000.00, "spentUsd": 0.00}]
              },
              "recommendations": {
                "recorded": 3,
                "byImplementationStatus": [{"code": "NOT_STARTED", "count": 1}, {"code": "IN_PROGRESS", "count": 2},
                  {"code": "PARTIALLY_IMPLEMENTED", "count": 0}, {"code": "IMPLEMENTED", "count": 0}],
                "byResponse": [{"code": "SUPPORTED", "count": 2}, {"code": "SUPPORTED_IN_PART", "count": 0}, {"code": "NOTED", "count": 1},
                  {"code": "PENDING", "count": 0}],
                "linkedToFundedProjects": {"count": 3, "unknown": 1, "byImplementationStatus": [{"code": "NOT_STARTED", "count": 0},
                  {"code": "IN_PROGRESS", "count": 2}, {"code": "PARTIALLY_IMPLEMENTED", "count": 0}, {"code": "IMPLEMENTED", "count": 0}]}
              },
              "donors": {"registered": 19, "states": 19, "others": 0},
              "sources": [
                {"topic": "fund.contributions.v1", "eventsApplied": 67, "duplicatesIgnored": 0, "parked": 0,
                 "lastEventId": "6f1c2a0e-3b7d-4e59-9a51-0c4f1d2e8b77", "lastEventType": "org.ohchr.uprfund.contributions.IncomeRecorded",
                 "lastEventTime": "2026-11-27T12:00:00.123Z", "lastAppliedAt": "2026-11-27T12:00:00.131Z", "lagSeconds": 0.008},
                {"topic": "fund.projects.v1", "eventsApplied": 14, "duplicatesIgnored": 0, "parked": 1,
                 "lastEventId": "0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4", "lastEventType": "org.ohchr.uprfund.projects.ExpenditureRecorded",
                 "lastEventTime": "2026-11-27T11:59:58.020Z", "lastAppliedAt": "2026-11-27T11:59:58.027Z", "lagSeconds": 0.007},
                {"topic": "fund.recommendations.v1", "eventsApplied": 0, "duplicatesIgnored": 0, "parked": 0, "lastEventId": null,
                 "lastEventType": null, "lastEventTime": null, "lastAppliedAt": null, "lagSeconds": null}
              ]
            }""";

    static final String PROBLEM_AS_OF_FUTURE = """
            {
              "type": "https://upr-fund.example/problems/validation-failed",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has an invalid field or parameter: asOf",
              "instance": "/api/fund/status",
              "violations": [{"field": "asOf", "message": "must not be in the future (today is 2026-11-27 UTC)"}]
            }""";

    static final String DEAD_LETTER = """
            {
              "id": "3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10",
              "topic": "fund.projects.v1",
              "partition": 1,
              "offset": 41,
              "key": "0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4",
              "value": "{\\"specversion\\":\\"1.0\\",\\"id\\":\\"7a0c...\\",\\"type\\":\\"org.ohchr.uprfund.projects.ProjectApproved\\",...}",
              "valueBase64": "eyJzcGVjdmVyc2lvbiI6IjEuMCIsLi4ufQ==",
              "timestamp": "2026-11-27T11:59:58.020Z",
              "eventId": "7a0c5e1b-3f2d-4c6a-8b9e-1d2f3a4b5c6d",
              "eventSource": "/upr-fund/projects-service",
              "eventType": "org.ohchr.uprfund.projects.ProjectApproved",
              "failure": "UNAPPLIABLE",
              "reason": "ProjectApproved is for project 0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4, which the read model does not know: its ProjectProposed has not been applied (parked, or not published)",
              "parkedAt": "2026-11-27T11:59:58.031Z",
              "status": "PARKED",
              "replays": 0,
              "lastReplayedAt": null,
              "resolvedAt": null
            }""";

    static final String DEAD_LETTER_APPLIED = """
            {
              "id": "3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10",
              "topic": "fund.projects.v1",
              "partition": 1,
              "offset": 41,
              "key": "0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4",
              "value": "{\\"specversion\\":\\"1.0\\",...}",
              "valueBase64": "eyJzcGVjdmVyc2lvbiI6IjEuMCIsLi4ufQ==",
              "timestamp": "2026-11-27T11:59:58.020Z",
              "eventId": "7a0c5e1b-3f2d-4c6a-8b9e-1d2f3a4b5c6d",
              "eventSource": "/upr-fund/projects-service",
              "eventType": "org.ohchr.uprfund.projects.ProjectApproved",
              "failure": "UNAPPLIABLE",
              "reason": "ProjectApproved is for project 0d9b7a43-6c2e-4f67-a0f5-53f1f2a7a0b4, which the read model does not know",
              "parkedAt": "2026-11-27T11:59:58.031Z",
              "status": "APPLIED",
              "replays": 1,
              "lastReplayedAt": "2026-11-27T14:02:11.500Z",
              "resolvedAt": "2026-11-27T14:02:11.500Z"
            }""";

    static final String DEAD_LETTER_PAGE = """
            {
              "items": [
                {
                  "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                  "topic": "fund.contributions.v1",
                  "partition": 0,
                  "offset": 1203,
                  "key": "5b0a1f52-8d3c-4f0e-9a57-2a61c4d0b7e1",
                  "value": "{\\"specversion\\":\\"1.0\\",...}",
                  "valueBase64": "eyJzcGVjdmVyc2lvbiI6IjEuMCIsLi4ufQ==",
                  "timestamp": "2026-11-27T10:15:00.000Z",
                  "eventId": "2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819",
                  "eventSource": "/upr-fund/contributions-service",
                  "eventType": "org.ohchr.uprfund.contributions.ContributionReceived",
                  "failure": "SCHEMA",
                  "reason": "ContributionReceived: data.amountUsd must be a string holding US dollars with exactly two decimals, such as \\"5647.59\\"",
                  "parkedAt": "2026-11-27T10:15:00.012Z",
                  "status": "PARKED",
                  "replays": 0,
                  "lastReplayedAt": null,
                  "resolvedAt": null
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    static final String REPLAY_SUMMARY = """
            {"replayed": 3, "applied": 2, "duplicates": 0, "stillParked": 1}""";

    static final String PROBLEM_BAD_STATUS = """
            {
              "type": "https://upr-fund.example/problems/validation-failed",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has an invalid field or parameter: status",
              "instance": "/api/fund/dead-letters",
              "violations": [{"field": "status", "message": "must be one of [PARKED, APPLIED, DUPLICATE]"}]
            }""";

    static final String PROBLEM_DEAD_LETTER_NOT_FOUND = """
            {
              "type": "https://upr-fund.example/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No dead letter 3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10 exists",
              "instance": "/api/fund/dead-letters/3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10"
            }""";

    static final String STATEMENT_YEARS = """
            {"placeholder": true}""";

    static final String STATEMENT = """
            {"placeholder": true}""";

    static final String STATEMENT_CSV = """
            {"placeholder": true}""";

    static final String PROBLEM_YEAR = """
            {"placeholder": true}""";

    static final String PROBLEM_YEAR_WITHOUT_DATA = """
            {"placeholder": true}""";

    static final String STATEMENT_ENTRIES = """
            {"placeholder": true}""";

    static final String PROBLEM_LINE = """
            {"placeholder": true}""";

    static final String CONTRIBUTIONS_TABLE = """
            {"placeholder": true}""";

    static final String PROBLEM_GROUP_BY = """
            {"placeholder": true}""";

    static final String NEW_STATED_TOTAL = """
            {"placeholder": true}""";

    static final String NEW_STATED_DONORS = """
            {"placeholder": true}""";

    static final String STATED_TOTAL = """
            {"placeholder": true}""";

    static final String PROBLEM_FIGURE = """
            {"placeholder": true}""";

    static final String PROBLEM_FIGURE_EXISTS = """
            {"placeholder": true}""";

    static final String STATED_FIGURE_PAGE = """
            {"placeholder": true}""";

    static final String PROBLEM_PAGE = """
            {"placeholder": true}""";

    static final String PROBLEM_FIGURE_NOT_FOUND = """
            {"placeholder": true}""";

    static final String COUNTRY_PROFILE = """
            {"placeholder": true}""";

    static final String PROBLEM_ISO3 = """
            {"placeholder": true}""";

    static final String PROBLEM_COUNTRY_UNKNOWN = """
            {"placeholder": true}""";

    static final String PROBLEM_UNAUTHENTICATED = """
            {
              "type": "https://upr-fund.example/problems/unauthenticated",
              "title": "Authentication required",
              "status": 401,
              "detail": "This operation needs a valid bearer token: signed by the suite's key, for this service, not expired",
              "instance": "/api/fund/dead-letters"
            }""";

    static final String PROBLEM_FORBIDDEN = """
            {
              "type": "https://upr-fund.example/problems/forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "Your token does not grant the role this operation needs",
              "instance": "/api/fund/dead-letters"
            }""";

    static final String REBUILD_RUNNING = """
            {"placeholder": true}""";

    static final String PROBLEM_REBUILD_RUNNING = """
            {"placeholder": true}""";

    static final String REBUILD_EQUAL = """
            {"placeholder": true}""";

    static final String REBUILD_DIFFERENT = """
            {"placeholder": true}""";

    static final String PROBLEM_REBUILD_NOT_FOUND = """
            {"placeholder": true}""";

    static final String FUND_CHANGED_EVENT = """
            event: fund-changed
            data: {"etag":"\\"q3V9mJ2tXb0c1Lr8yKp4Dg\\"","computedAt":"2026-11-27T12:00:05.412Z"}
            """;
}

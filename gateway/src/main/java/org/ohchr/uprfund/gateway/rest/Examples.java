package org.ohchr.uprfund.gateway.rest;

/** JSON examples shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    /** The start of every example of a refused field or parameter (ProblemType.VALIDATION_FAILED). */
    private static final String INVALID = """
            {
              "type": "https://upr-fund.example/problems/validation-failed",
              "title": "Invalid request",
              "status": 400,
            """;

    /** The start of every example of something the gateway does not hold (ProblemType.NOT_FOUND). */
    private static final String NOT_FOUND = """
            {
              "type": "https://upr-fund.example/problems/not-found",
              "title": "Not found",
              "status": 404,
            """;

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
                  {"code": "EXCHANGE_GAIN_LOSS", "amountUsd": 0.00, "entries": 0},
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

    static final String PROBLEM_AS_OF_FUTURE = INVALID + """
              "detail": "The request has an invalid field or parameter: asOf",
              "instance": "/api/fund/status",
              "violations": [{"field": "asOf", "message": "must not be in the future (today is 2026-11-27 UTC)"}]
            }""";

    /** A parked record as it sat on its topic, and why it was parked: the same before its replay and after. */
    private static final String PARKED_RECORD = """
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
            """;

    static final String DEAD_LETTER = PARKED_RECORD + """
              "status": "PARKED",
              "replays": 0,
              "lastReplayedAt": null,
              "resolvedAt": null
            }""";

    static final String DEAD_LETTER_APPLIED = PARKED_RECORD + """
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

    static final String PROBLEM_BAD_STATUS = INVALID + """
              "detail": "The request has an invalid field or parameter: status",
              "instance": "/api/fund/dead-letters",
              "violations": [{"field": "status", "message": "must be one of [PARKED, APPLIED, DUPLICATE]"}]
            }""";

    static final String PROBLEM_DEAD_LETTER_NOT_FOUND = NOT_FOUND + """
              "detail": "No dead letter 3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10 exists",
              "instance": "/api/fund/dead-letters/3c1f6a52-7d0e-4b8a-9f21-6e5d4c3b2a10"
            }""";

    static final String STATEMENT_YEARS = """
            {
              "years": [
                {"year": 2019, "openingBalanceUsd": 4906549.00, "totalIncomeUsd": 155352.00, "totalExpenditureUsd": 18866.21,
                 "closingBalanceUsd": 5043034.79, "closed": true, "books": "CLOSED", "statement": "https://fund.example.org/api/fund/statements/2019"},
                {"year": 2020, "openingBalanceUsd": 2352992.80, "totalIncomeUsd": 367826.59, "totalExpenditureUsd": 512323.71,
                 "closingBalanceUsd": 2208495.68, "closed": false, "books": "CLOSING", "statement": "https://fund.example.org/api/fund/statements/2020"}
              ]
            }""";

    static final String STATEMENT = """
            {
              "year": 2020,
              "language": "en",
              "closed": false, "books": "CLOSING",
              "lines": [
                {"section": "INCOME", "code": "CONTRIBUTIONS_RECEIVED", "label": "Voluntary contributions received in 2020", "amountUsd": 346597.13,
                 "memo": false, "entries": 7,
                 "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/CONTRIBUTIONS_RECEIVED/entries"},
                {"section": "INCOME", "code": "EXCHANGE_GAIN_LOSS", "label": "Exchange gains/(losses)", "amountUsd": 0.00, "memo": false,
                 "entries": 0, "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/EXCHANGE_GAIN_LOSS/entries"},
                {"section": "INCOME", "code": "PRIOR_YEAR_PLEDGES_RECEIVED", "label": "Pledges from prior years received", "amountUsd": 466.12,
                 "memo": false, "entries": 1,
                 "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/PRIOR_YEAR_PLEDGES_RECEIVED/entries"},
                {"section": "INCOME", "code": "MISCELLANEOUS_AND_INVESTMENT_INCOME", "label": "Miscellaneous and investment income",
                 "amountUsd": 20763.34, "memo": false, "entries": 1,
                 "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/MISCELLANEOUS_AND_INVESTMENT_INCOME/entries"},
                {"section": "INCOME", "code": "TOTAL_INCOME", "label": "Total income", "amountUsd": 367826.59, "memo": false},
                {"section": "EXPENDITURE", "code": "STAFF", "label": "Staff costs", "amountUsd": 317975.13, "memo": false, "entries": 1,
                 "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/STAFF/entries"},
                {"section": "EXPENDITURE", "code": "PARTICIPANT_TRAVEL",
                 "label": "Travel of representatives and participants to meetings and seminars", "amountUsd": -5647.59, "memo": false,
                 "entries": 1, "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/PARTICIPANT_TRAVEL/entries"},
                {"section": "EXPENDITURE", "code": "TOTAL_EXPENDITURE", "label": "Total expenditure", "amountUsd": 512323.71, "memo": false},
                {"section": "BALANCE", "code": "NET_RESULT", "label": "Net excess (shortfall) of income over expenditure for the period",
                 "amountUsd": -144497.12, "memo": false},
                {"section": "BALANCE", "code": "OPENING_BALANCE", "label": "Fund balance at 1 January 2020", "amountUsd": 2352992.80, "memo": false},
                {"section": "BALANCE", "code": "RECEIVABLES_PRIOR_PERIODS", "label": "Contributions receivable outstanding (prior periods)",
                 "memo": true, "entries": 0,
                 "entriesLink": "https://fund.example.org/api/fund/statements/2020/lines/RECEIVABLES_PRIOR_PERIODS/entries",
                 "notComputed": "No pledge made by 31 December 2020 is recorded: the receivables cannot be computed from the entries"},
                {"section": "BALANCE", "code": "CLOSING_BALANCE", "label": "Total fund balance at 31 December 2020", "amountUsd": 2208495.68,
                 "memo": false}
              ],
              "statedFigures": [
                {"id": "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "figure": "statement.2020.CLOSING_BALANCE", "report": "Annual report 2020, Table 1",
                 "statedUsd": 2208495.00, "computedUsd": 2208495.68, "differenceUsd": -0.68},
                {"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "figure": "statement.2020.RECEIVABLES_PRIOR_PERIODS",
                 "report": "Annual report 2020, Table 1", "statedUsd": -105000.00,
                 "notComputed": "No pledge made by 31 December 2020 is recorded: the receivables cannot be computed from the entries"}
              ],
              "findings": [
                {"kind": "STATED_FIGURE_NOT_COMPUTED", "figure": "statement.2020.RECEIVABLES_PRIOR_PERIODS", "report": "Annual report 2020, Table 1",
                 "statedUsd": -105000.00, "detail": "The report states -105000.00 USD, which the suite cannot compute: No pledge made by 31 \
            December 2020 is recorded: the receivables cannot be computed from the entries"},
                {"kind": "STATED_FIGURE_DIFFERS", "figure": "statement.2020.CLOSING_BALANCE", "report": "Annual report 2020, Table 1",
                 "statedUsd": 2208495.00, "computedUsd": 2208495.68, "differenceUsd": -0.68,
                 "detail": "The report states 2208495.00 USD; the entries sum to 2208495.68 USD: -0.68 USD are not accounted for"}
              ]
            }""";

    static final String STATEMENT_CSV = """
            section,code,line,amount_usd,memo,entries,stated_usd,difference_usd,note
            income,CONTRIBUTIONS_RECEIVED,Voluntary contributions received in 2020,346597.13,false,7,346597.13,0.00,
            income,TOTAL_INCOME,Total income,367826.59,false,,367826.59,0.00,
            expenditure,GRANTS,"Grants (<50,000 USD) and fellowships",-13218.62,false,1,-13218.62,0.00,
            expenditure,TOTAL_EXPENDITURE,Total expenditure,512323.71,false,,512323.71,0.00,
            balance,RECEIVABLES_PRIOR_PERIODS,Contributions receivable outstanding (prior periods),,true,0,-105000.00,,"not computed: No pledge \
            made by 31 December 2020 is recorded: the receivables cannot be computed from the entries"
            balance,CLOSING_BALANCE,Total fund balance at 31 December 2020,2208495.68,false,,2208495.00,-0.68,""";

    static final String PROBLEM_YEAR = INVALID + """
              "detail": "The request has an invalid field or parameter: year",
              "instance": "/api/fund/statements/20x0",
              "violations": [{"field": "year", "message": "must be a year from 1900 to 9999, such as 2020"}]
            }""";

    static final String PROBLEM_YEAR_WITHOUT_DATA = NOT_FOUND + """
              "detail": "The read model holds no income, expenditure or balance dated in 2031",
              "instance": "/api/fund/statements/2031"
            }""";

    static final String STATEMENT_ENTRIES = """
            {
              "items": [
                {"source": "CONTRIBUTION", "id": "645e0594-0dff-4896-8317-c847c2ee351a", "date": "2020-12-31", "amountUsd": 128807.00,
                 "description": "Contribution received for 2020",
                 "link": "https://fund.example.org/api/contributions/645e0594-0dff-4896-8317-c847c2ee351a"},
                {"source": "INCOME", "id": "3b9770cb-9f1d-4969-a759-637261bbbd06", "date": "2020-12-31", "amountUsd": 47790.13,
                 "description": "Contributions received in 2020 that Table 2 does not attribute to a donor or period (reconciliation)",
                 "reconciliationLine": "CONTRIBUTIONS_RECEIVED",
                 "reconciliationNote": "Table 1 (2020), voluntary contributions received in 2020: Table 1 shows 346597.13 USD of voluntary contributions received in 2020; Table 2's 2020 rows sum to 298807.00 USD.",
                 "link": "https://fund.example.org/api/income/3b9770cb-9f1d-4969-a759-637261bbbd06"}
              ],
              "page": 0,
              "size": 20,
              "total": 7
            }""";

    static final String PROBLEM_LINE = INVALID + """
              "detail": "The request has an invalid field or parameter: line",
              "instance": "/api/fund/statements/2020/lines/TOTAL_INCOME/entries",
              "violations": [{"field": "line", "message": "must be a line with entries of its own: CONTRIBUTIONS_RECEIVED, EXCHANGE_GAIN_LOSS, PRIOR_YEAR_PLEDGES_RECEIVED, MISCELLANEOUS_AND_INVESTMENT_INCOME, a cost category such as STAFF, RECEIVABLES_PRIOR_PERIODS or RECEIVABLES_YEAR"}]
            }""";

    static final String CONTRIBUTIONS_TABLE = """
            {
              "groupBy": ["period", "donor"],
              "rows": [
                {"period": "2008-2009", "donor": {"id": "54fd0c03-b4dc-4081-86f0-eee106425cb1", "name": "Colombia", "iso3": "COL"},
                 "amountUsd": 40000.00, "entries": 1},
                {"period": "2016-2017", "donor": {"id": "0f2e4c6a-8b1d-4e3f-9a5c-7d9e1f3a5b7c", "name": "United Arab Emirates", "iso3": "ARE"},
                 "amountUsd": 100000.00, "entries": 1},
                {"period": "2020", "donor": {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "name": "France", "iso3": "FRA"},
                 "amountUsd": 128807.00, "entries": 1}
              ],
              "periods": [{"period": "2008-2009", "amountUsd": 535326.00, "entries": 3}, {"period": "2020", "amountUsd": 298807.00, "entries": 6}],
              "donors": [{"donor": {"id": "54fd0c03-b4dc-4081-86f0-eee106425cb1", "name": "Colombia", "iso3": "COL"}, "amountUsd": 40000.00,
                "entries": 1}],
              "total": {"amountUsd": 6665917.00, "entries": 44, "rows": 44},
              "statedFigures": [
                {"id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "figure": "contributions.total",
                 "report": "Annual report 2020 (contributions to 31 December 2020)", "statedUsd": 6924591.00, "computedUsd": 6665917.00,
                 "differenceUsd": 258674.00},
                {"id": "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", "figure": "contributions.donors",
                 "report": "Annual report 2020 (contributions to 31 December 2020)", "statedDonors": ["Australia", "Colombia", "France"],
                 "notNamedByReport": ["United Arab Emirates"], "namedWithoutEntries": []}
              ],
              "findings": [
                {"kind": "STATED_FIGURE_DIFFERS", "figure": "contributions.total", "report": "Annual report 2020 (contributions to 31 December 2020)",
                 "statedUsd": 6924591.00, "computedUsd": 6665917.00, "differenceUsd": 258674.00,
                 "detail": "The report states 6924591.00 USD; the entries sum to 6665917.00 USD: 258674.00 USD are not accounted for"},
                {"kind": "DONORS_NOT_NAMED_BY_REPORT", "figure": "contributions.donors",
                 "report": "Annual report 2020 (contributions to 31 December 2020)", "names": ["United Arab Emirates"],
                 "detail": "Donors with contributions in the table that the report's list does not name"}
              ]
            }""";

    static final String PROBLEM_GROUP_BY = INVALID + """
              "detail": "The request has an invalid field or parameter: groupBy",
              "instance": "/api/fund/contributions",
              "violations": [{"field": "groupBy", "message": "must be period,donor, donor,period, period or donor"}]
            }""";

    static final String NEW_STATED_TOTAL = """
            {"report": "Annual report 2020 (contributions to 31 December 2020)", "figure": "contributions.total",
             "valueUsd": 6924591, "note": "Table 2, total"}""";

    static final String NEW_STATED_DONORS = """
            {"report": "Annual report 2020 (contributions to 31 December 2020)", "figure": "contributions.donors",
             "donors": ["Australia", "Colombia", "France", "Germany", "India", "Kazakhstan", "Morocco", "Netherlands", "Norway", "Oman",
               "Pakistan", "Paraguay", "Republic of Korea", "Russian Federation", "Saudi Arabia", "Singapore", "Spain",
               "United Kingdom of Great Britain and Northern Ireland"],
             "note": "Paragraph 45"}""";

    static final String STATED_TOTAL = """
            {
              "id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
              "report": "Annual report 2020 (contributions to 31 December 2020)",
              "figure": "contributions.total",
              "valueUsd": 6924591.00,
              "donors": null,
              "note": "Table 2, total",
              "recordedBy": "fund-manager@local",
              "recordedAt": "2026-11-27T12:00:05.412Z"
            }""";

    static final String PROBLEM_FIGURE = INVALID + """
              "detail": "The request has an invalid field or parameter: figure",
              "instance": "/api/fund/stated-figures",
              "violations": [{"field": "figure", "message": "must be contributions.total, contributions.donors or statement.<year>.<line> with a line of the statement, such as statement.2020.CLOSING_BALANCE"}]
            }""";

    static final String PROBLEM_FIGURE_EXISTS = """
            {
              "type": "https://upr-fund.example/problems/already-exists",
              "title": "Already exists",
              "status": 409,
              "detail": "What Annual report 2020 (contributions to 31 December 2020) states for contributions.total is already recorded (1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a); a stated figure is never changed",
              "instance": "/api/fund/stated-figures"
            }""";

    static final String STATED_FIGURE_PAGE = """
            {
              "items": [
                {"id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "report": "Annual report 2020 (contributions to 31 December 2020)",
                 "figure": "contributions.total", "valueUsd": 6924591.00, "donors": null, "note": "Table 2, total",
                 "recordedBy": "fund-manager@local", "recordedAt": "2026-11-27T12:00:05.412Z"}
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    static final String PROBLEM_FIGURE_NOT_FOUND = NOT_FOUND + """
              "detail": "No stated figure 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a exists",
              "instance": "/api/fund/stated-figures/1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"
            }""";

    static final String COUNTRY_PROFILE = """
            {
              "iso3": "KHM",
              "projects": {
                "count": 1, "budgetUsd": 150000.00, "spentUsd": 61210.40, "deliveryRate": 0.4081,
                "items": [
                  {"projectId": "cb513ec1-4d54-46be-98a1-86d204d6dd6f", "code": "UPR-VF-2020-KHM",
                   "title": "Cambodia: national recommendations tracking database with the Cambodian Human Rights Committee",
                   "status": "ACTIVE", "strategicArea": "IMPLEMENTATION_PLAN", "plannedStart": "2020-01-01", "plannedEnd": "2021-12-31",
                   "genderMarker": 2, "budgetUsd": 150000.00, "budgetNote": null, "spentUsd": 61210.40, "deliveryRate": 0.4081,
                   "recommendationIds": ["9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"], "sdgGoals": [16, 17]}
                ]
              },
              "expenditureByCategory": [{"code": "STAFF", "amountUsd": 48000.00, "entries": 2}, {"code": "CONTRACTUAL_SERVICES",
                "amountUsd": 13210.40, "entries": 1}],
              "recommendations": {
                "count": 23,
                "byResponse": [{"code": "SUPPORTED", "count": 18}, {"code": "SUPPORTED_IN_PART", "count": 0}, {"code": "NOTED", "count": 5},
                  {"code": "PENDING", "count": 0}],
                "byImplementationStatus": [{"code": "NOT_STARTED", "count": 9}, {"code": "IN_PROGRESS", "count": 11},
                  {"code": "PARTIALLY_IMPLEMENTED", "count": 3}, {"code": "IMPLEMENTED", "count": 0}]
              },
              "sdgs": [{"goal": 5, "recommendations": 4, "projects": 0}, {"goal": 16, "recommendations": 15, "projects": 1},
                {"goal": 17, "recommendations": 2, "projects": 1}],
              "recentProgress": [
                {"updateId": "e4d3c2b1-a0f9-4e8d-8c7b-6a5f4e3d2c1b", "projectId": "cb513ec1-4d54-46be-98a1-86d204d6dd6f",
                 "periodStart": "2020-01-01", "periodEnd": "2020-12-31", "status": "ON_TRACK",
                 "narrative": "With the Fund's support and in close coordination with the Government, the OHCHR Country Office in Cambodia launched a National Recommendations Tracking Database.",
                 "recordedAt": "2026-11-27T11:58:12.004Z"}
              ],
              "findings": [
                {"kind": "UNKNOWN_RECOMMENDATION", "figure": "project UPR-VF-2020-KHM", "names": ["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"],
                 "detail": "Project UPR-VF-2020-KHM (cb513ec1-4d54-46be-98a1-86d204d6dd6f) links to recommendations the read model does not know"}
              ]
            }""";

    static final String PROBLEM_ISO3 = INVALID + """
              "detail": "The request has an invalid field or parameter: iso3",
              "instance": "/api/fund/countries/khm",
              "violations": [{"field": "iso3", "message": "must be an ISO 3166-1 alpha-3 code in capitals, such as KHM"}]
            }""";

    static final String PROBLEM_COUNTRY_UNKNOWN = NOT_FOUND + """
              "detail": "The read model holds no project, recommendation, progress update or expenditure of ISL",
              "instance": "/api/fund/countries/ISL"
            }""";

    static final String REBUILD_RUNNING = """
            {
              "id": "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c",
              "status": "RUNNING",
              "requestedBy": "fund-manager@local",
              "startedAt": "2026-11-27T14:00:00.000Z",
              "finishedAt": null,
              "recordsRead": 0,
              "figuresCompared": 0,
              "equal": null,
              "differences": null,
              "failure": null
            }""";

    static final String PROBLEM_REBUILD_RUNNING = """
            {
              "type": "https://upr-fund.example/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Rebuild 5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c is running since 2026-11-27T14:00:00Z; one runs at a time",
              "instance": "/api/fund/rebuilds"
            }""";

    static final String REBUILD_EQUAL = """
            {
              "id": "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c",
              "status": "DONE",
              "requestedBy": "fund-manager@local",
              "startedAt": "2026-11-27T14:00:00.000Z",
              "finishedAt": "2026-11-27T14:00:04.812Z",
              "recordsRead": 298,
              "figuresCompared": 214,
              "equal": true,
              "differences": [],
              "failure": null
            }""";

    static final String REBUILD_DIFFERENT = """
            {
              "id": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
              "status": "DONE",
              "requestedBy": "fund-manager@local",
              "startedAt": "2026-11-27T15:00:00.000Z",
              "finishedAt": "2026-11-27T15:00:05.120Z",
              "recordsRead": 300,
              "figuresCompared": 215,
              "equal": false,
              "differences": [
                {"figure": "source.fund.projects.v1.parked", "live": "1", "rebuilt": "0"},
                {"figure": "status.projects.country.SDN", "live": "1 projects, 0 funded, budget 60000.00, spent 0.00",
                 "rebuilt": "1 projects, 1 funded, budget 60000.00, spent 0.00"}
              ],
              "failure": null
            }""";

    static final String PROBLEM_REBUILD_NOT_FOUND = NOT_FOUND + """
              "detail": "No rebuild 5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c exists",
              "instance": "/api/fund/rebuilds/5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c"
            }""";

    static final String PROBLEM_EVENTS_FULL = """
            {
              "type": "https://upr-fund.example/problems/service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "The fund's event stream has as many subscribers as it takes (2000); read /api/fund/status meanwhile, or try again later",
              "instance": "/api/fund/events"
            }""";

    static final String PROBLEM_PAST_DATES_BUSY = """
            {
              "type": "https://upr-fund.example/problems/service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "Fund status at a past date is being computed for 4 requests already; try again after Retry-After seconds",
              "instance": "/api/fund/status"
            }""";

    static final String FUND_CHANGED_EVENT = """
            event: fund-changed
            data: {"etag":"\\"q3V9mJ2tXb0c1Lr8yKp4Dg\\"","computedAt":"2026-11-27T12:00:05.412Z"}
            """;
}

package org.ohchr.uprfund.contributions.rest;

import org.ohchr.uprfund.contributions.domain.Pledge;

/** JSON examples shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String IDEMPOTENCY_KEY_REQUIRED = "Required: a new UUID for each new request, the same one when you retry it."
            + " A retry returns the first response and records nothing twice.";

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
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/donors",
             "violations": [{"field": "iso3", "message": "is required for a State"}]}
            """;

    static final String DUPLICATE_DONOR = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A donor with ISO code NOR is already registered", "instance": "/api/donors"}
            """;

    static final String NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Nothing is found at /api/donors/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "instance": "/api/donors/3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11"}
            """;

    static final String INVALID_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/pledges",
             "violations": [{"field": "period", "message": "must be a year such as 2020 or a biennium such as 2016-2017"}]}
            """;

    static final String DONOR_SUMMARY = """
            {"donor": {"id": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11", "name": "Norway", "kind": "STATE", "iso3": "NOR",
              "registeredAt": "2026-11-27T09:15:00Z", "version": 0},
             "pledgedUsd": 1182000.00, "receivedUsd": 1172040.00, "outstandingUsd": 0.00, "cancelledUsd": 10750.00,
             "outstandingByCurrency": [],
             "byPeriod": [
              {"period": "2016-2017", "pledgedUsd": 1075000.00, "receivedUsd": 1064250.00, "outstandingUsd": 0.00, "cancelledUsd": 10750.00},
              {"period": "2018", "pledgedUsd": 107000.00, "receivedUsd": 107790.00, "outstandingUsd": 0.00, "cancelledUsd": 0.00}]}
            """;

    static final String NEW_PLEDGE = """
            {"donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11", "amount": 1000000, "currency": "NOK",
             "usdPerUnit": 0.1075, "pledgedOn": "2020-03-02", "period": "2020", "dueOn": "2020-06-30"}
            """;

    static final String NEW_USD_PLEDGE = """
            {"donorId": "5b7e9a10-2c3d-4e5f-8a9b-0c1d2e3f4a5b", "amount": 50000, "currency": "USD",
             "pledgedOn": "2016-02-01", "period": "2016-2017"}
            """;

    static final String PLEDGE = """
            {"id": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "amount": 1000000.00, "currency": "NOK", "usdPerUnit": 0.1075, "amountUsd": 107500.00,
             "pledgedOn": "2020-03-02", "period": "2020", "dueOn": "2020-06-30", "status": "PARTLY_PAID",
             "paidAmount": 600000.00, "outstandingAmount": 400000.00, "outstandingUsd": 43000.00, "cancelledAmount": 0.00,
             "cancelledUsd": 0.00, "cancellation": null,
             "recordedAt": "2026-11-27T09:20:00Z", "version": 1}
            """;

    static final String PLEDGE_PAGE = """
            {"items": [{"id": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "amount": 1000000.00, "currency": "NOK", "usdPerUnit": 0.1075, "amountUsd": 107500.00,
             "pledgedOn": "2020-03-02", "period": "2020", "dueOn": "2020-06-30", "status": "OPEN",
             "paidAmount": 0.00, "outstandingAmount": 1000000.00, "outstandingUsd": 107500.00, "cancelledAmount": 0.00,
             "cancelledUsd": 0.00, "cancellation": null,
             "recordedAt": "2026-11-27T09:20:00Z", "version": 0}], "page": 0, "size": 20, "total": 1}
            """;

    static final String PLEDGE_FOR_UNKNOWN_DONOR = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/pledges",
             "violations": [{"field": "donorId", "message": "is not a registered donor"}]}
            """;

    static final String PLEDGE_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Nothing is found at /api/pledges/8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
             "instance": "/api/pledges/8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"}
            """;

    static final String PLEDGE_STATUSES_FR = """
            {"language": "fr", "items": [
             {"code": "OPEN", "label": "Non versée"},
             {"code": "PARTLY_PAID", "label": "Partiellement versée"},
             {"code": "PAID", "label": "Versée"},
             {"code": "CANCELLED", "label": "Annulée"},
             {"code": "WRITTEN_OFF", "label": "Passée en pertes"}]}
            """;

    static final String NEW_PLEDGE_CANCELLATION = """
            {"reason": "WRITTEN_OFF", "effectiveOn": "2021-12-31", "note": "Board decision of 18 November 2021"}
            """;

    static final String PLEDGE_CANCELLATION = """
            {"pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "reason": "WRITTEN_OFF", "effectiveOn": "2021-12-31",
             "outstandingAmount": 400000.00, "currency": "NOK", "outstandingUsd": 43000.00,
             "note": "Board decision of 18 November 2021", "recordedAt": "2026-11-27T09:30:00Z"}
            """;

    static final String PLEDGE_ALREADY_CLOSED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Pledge 8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b was already written off on 2021-12-31",
             "instance": "/api/pledges/8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/cancellation"}
            """;

    static final String NEW_CONTRIBUTION = """
            {"donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11", "pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
             "receivedOn": "2020-04-15", "amount": 600000, "currency": "NOK", "usdPerUnit": 0.0962,
             "bankReference": "NO-MFA-2020-0415"}
            """;

    static final String NEW_TABLE_2_CONTRIBUTION = """
            {"donorId": "5b7e9a10-2c3d-4e5f-8a9b-0c1d2e3f4a5b", "receivedOn": "2020-12-31", "amount": 128807,
             "currency": "USD", "period": "2020", "bankReference": "Table 2, 2020, France"}
            """;

    static final String CONTRIBUTION = """
            {"id": "c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "receivedOn": "2020-04-15", "amount": 600000.00,
             "currency": "NOK", "usdPerUnit": 0.0962, "amountUsd": 57720.00, "period": "2020",
             "bankReference": "NO-MFA-2020-0415", "reversesContributionId": null, "reason": null,
             "exchangeDifferenceUsd": -6780.00, "remainingAmount": 600000.00, "recordedAt": "2026-11-27T09:25:00Z"}
            """;

    static final String CONTRIBUTION_PAGE = """
            {"items": [{"id": "c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "receivedOn": "2020-04-15", "amount": 600000.00,
             "currency": "NOK", "usdPerUnit": 0.0962, "amountUsd": 57720.00, "period": "2020",
             "bankReference": "NO-MFA-2020-0415", "reversesContributionId": null, "reason": null,
             "exchangeDifferenceUsd": -6780.00, "remainingAmount": 600000.00, "recordedAt": "2026-11-27T09:25:00Z"}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String CONTRIBUTION_IN_THE_FUTURE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/contributions",
             "violations": [{"field": "receivedOn", "message": "must not be in the future"}]}
            """;

    static final String CONTRIBUTION_TO_CLOSED_PLEDGE = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Pledge 8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b is WRITTEN_OFF and can no longer be paid",
             "instance": "/api/contributions"}
            """;

    static final String CONTRIBUTION_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Nothing is found at /api/contributions/c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d",
             "instance": "/api/contributions/c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d"}
            """;

    static final String NEW_CONTRIBUTION_REVERSAL = """
            {"reversedOn": "2020-05-04", "reason": "Recorded twice: the bank statement shows one transfer"}
            """;

    static final String NEW_PARTIAL_CONTRIBUTION_REVERSAL = """
            {"amount": 1500, "reversedOn": "2020-05-04", "reason": "Bank charges deducted by the paying bank"}
            """;

    static final String CONTRIBUTION_REVERSAL = """
            {"id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "receivedOn": "2020-05-04", "amount": -600000.00,
             "currency": "NOK", "usdPerUnit": 0.0962, "amountUsd": -57720.00, "period": "2020", "bankReference": null,
             "reversesContributionId": "c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d",
             "reason": "Recorded twice: the bank statement shows one transfer", "exchangeDifferenceUsd": 6780.00,
             "remainingAmount": null, "recordedAt": "2026-11-27T09:40:00Z"}
            """;

    static final String REVERSAL_TOO_LARGE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/contributions/c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d/reversal",
             "violations": [{"field": "amount", "message": "must not be larger than the contribution it reverses (600000.00 NOK)"}]}
            """;

    static final String ALREADY_REVERSED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "This contribution is already reversed in full",
             "instance": "/api/contributions/c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d/reversal"}
            """;

    static final String EXCHANGE_DIFFERENCE_PAGE = """
            {"items": [{"id": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "contributionId": "c4a5b6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d",
             "pledgeId": "8d1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "donorId": "3f0c7a52-6a1e-4a8e-9a53-2f6f0f1f4c11",
             "reversesExchangeDifferenceId": null, "recordedOn": "2020-04-15", "amountApplied": 600000.00, "currency": "NOK",
             "pledgeUsdPerUnit": 0.1075, "receiptUsdPerUnit": 0.0962, "amountUsd": -6780.00,
             "recordedAt": "2026-11-27T09:25:00Z"}], "page": 0, "size": 20, "total": 1}
            """;

    static final String CONTRIBUTION_SUMMARY = """
            {"groupBy": ["donor", "period"], "from": null, "to": "2020",
             "rows": [
              {"donor": {"id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "name": "Colombia", "iso3": "COL"}, "period": "2008-2009",
               "contributionsUsd": 40000.00, "count": 1},
              {"donor": {"id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "name": "Russian Federation", "iso3": "RUS"}, "period": "2008-2009",
               "contributionsUsd": 450000.00, "count": 1}],
             "total": {"contributionsUsd": 490000.00, "count": 2, "rows": 2}}
            """;

    static final String INVALID_GROUPING = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/contributions/summary",
             "violations": [{"field": "groupBy", "message": "must be donor,period, donor or period"}]}
            """;

    static final String MALFORMED_BODY = """
            {"type": "https://upr-fund.example/problems/malformed-request", "title": "Malformed request body", "status": 400,
             "detail": "Field 'amount' has the wrong type or format", "instance": "/api/contributions"}
            """;

    static final String ACCOUNTING_YEARS = """
            {"closedThrough": "2021-12-31", "closedBy": "Accounting year 2021 is closing: this ledger confirmed it, others are awaited",
             "years": [{"year": 2020, "state": "CLOSED", "note": "Audited financial statements 2020 approved",
                        "requestedAt": "2021-06-30T10:00:00Z",
                        "confirmations": [{"ledger": "contributions-service", "confirmedAt": "2021-06-30T10:00:00Z"},
                                          {"ledger": "projects-service", "confirmedAt": "2021-06-30T10:00:01Z"}],
                        "awaiting": [], "closedAt": "2021-06-30T10:00:02Z"},
                       {"year": 2021, "state": "CLOSING", "note": null, "requestedAt": "2022-06-30T10:00:00Z",
                        "confirmations": [{"ledger": "contributions-service", "confirmedAt": "2022-06-30T10:00:00Z"}],
                        "awaiting": ["projects-service"], "closedAt": null}]}
            """;

    static final String NEW_YEAR_CLOSURE = """
            {"note": "Audited financial statements 2020 approved"}
            """;

    static final String CLOSED_YEAR = """
            {"year": 2020, "state": "CLOSED", "note": "Audited financial statements 2020 approved", "requestedAt": "2021-06-30T10:00:00Z",
             "confirmations": [{"ledger": "contributions-service", "confirmedAt": "2021-06-30T10:00:00Z"},
                               {"ledger": "projects-service", "confirmedAt": "2021-06-30T10:00:01Z"}],
             "awaiting": [], "closedAt": "2021-06-30T10:00:02Z"}
            """;

    static final String CLOSING_YEAR = """
            {"year": 2020, "state": "CLOSING", "note": "Audited financial statements 2020 approved", "requestedAt": "2021-06-30T10:00:00Z",
             "confirmations": [{"ledger": "contributions-service", "confirmedAt": "2021-06-30T10:00:00Z"}],
             "awaiting": ["projects-service"], "closedAt": null}
            """;

    static final String YEAR_NOT_OVER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter: year", "instance": "/api/accounting-years/2026/closure",
             "violations": [{"field": "year", "message": "must be a year that is over, from 1900 to 2025"}]}
            """;

    static final String YEAR_CLOSED_ALREADY = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Accounting year 2019 is closed already, or closing: its closing, or that of 2020, was asked for",
             "instance": "/api/accounting-years/2019/closure"}
            """;

    static final String YEAR_NOT_CLOSED = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No closing of accounting year 2021 was asked for", "instance": "/api/accounting-years/2021/closure"}
            """;

    static final String CONTRIBUTION_IN_CLOSED_PERIOD = """
            {"type": "https://upr-fund.example/problems/period-closed", "title": "Accounting period closed", "status": 409,
             "detail": "receivedOn 2019-06-30 falls in a closed accounting period: the books are closed through 2019-12-31. Enter the correction in the open year, dated after 2019-12-31.",
             "instance": "/api/contributions"}
            """;

    static final String PLEDGE_IN_CLOSED_PERIOD = """
            {"type": "https://upr-fund.example/problems/period-closed", "title": "Accounting period closed", "status": 409,
             "detail": "pledgedOn 2019-03-01 falls in a closed accounting period: the books are closed through 2019-12-31. Enter the correction in the open year, dated after 2019-12-31.",
             "instance": "/api/pledges"}
            """;

    static final String INCOME_IN_CLOSED_PERIOD = """
            {"type": "https://upr-fund.example/problems/period-closed", "title": "Accounting period closed", "status": 409,
             "detail": "accountingDate 2019-12-31 falls in a closed accounting period: the books are closed through 2019-12-31. Enter the correction in the open year, dated after 2019-12-31.",
             "instance": "/api/income"}
            """;

    static final String BALANCE_IN_CLOSED_PERIOD = """
            {"type": "https://upr-fund.example/problems/period-closed", "title": "Accounting period closed", "status": 409,
             "detail": "balanceDate 2019-01-01 falls in a closed accounting period: the books are closed through 2019-12-31. Enter the correction in the open year, dated after 2019-12-31.",
             "instance": "/api/balances"}
            """;
}

package org.ohchr.uprfund.contributions.rest;

/** JSON examples of other income and balances carried forward, shown in the OpenAPI document. */
final class IncomeExamples {

    private IncomeExamples() {
    }

    static final String NEW_INCOME = """
            {"kind": "INVESTMENT", "accountingDate": "2020-12-31", "amountUsd": 20763.34,
             "description": "Interest on the fund's share of the cash pool, 2020"}
            """;

    static final String NEW_PRIOR_YEAR_PLEDGE_RECEIPT = """
            {"kind": "PRIOR_YEAR_PLEDGE_RECEIPT", "accountingDate": "2020-12-31", "amountUsd": 466.12,
             "description": "Pledges from 2019 received", "pledgePeriod": "2019"}
            """;

    static final String NEW_EXCHANGE_LOSS = """
            {"kind": "EXCHANGE_GAIN_LOSS", "accountingDate": "2020-12-31", "amountUsd": -1250.40,
             "description": "Year-end revaluation of the euro bank account"}
            """;

    static final String NEW_RECONCILIATION_INCOME = """
            {"kind": "MISCELLANEOUS", "accountingDate": "2020-12-31", "amountUsd": 47790.13,
             "description": "Contributions received in 2020 that Table 2 does not attribute to a donor",
             "reconciliation": {"line": "CONTRIBUTIONS_RECEIVED",
              "note": "Table 1 (2020), voluntary contributions received in 2020: Table 1 shows 346,597.13 received in 2020; Table 2's 2020 rows sum to 298,807.00; this entry carries the difference"}}
            """;

    static final String INCOME = """
            {"id": "6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7", "kind": "INVESTMENT", "accountingDate": "2020-12-31",
             "amountUsd": 20763.34, "description": "Interest on the fund's share of the cash pool, 2020", "donorId": null,
             "pledgePeriod": null, "reconciliation": null, "reversedIncomeId": null, "reversedByIncomeId": null,
             "recordedAt": "2021-01-20T10:15:00Z"}
            """;

    static final String INCOME_PAGE = """
            {"items": [{"id": "6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7", "kind": "INVESTMENT", "accountingDate": "2020-12-31",
             "amountUsd": 20763.34, "description": "Interest on the fund's share of the cash pool, 2020", "donorId": null,
             "pledgePeriod": null, "reconciliation": null, "reversedIncomeId": null,
             "reversedByIncomeId": "0b7e5f1a-2c3d-4e5f-9a6b-7c8d9e0f1a2b", "recordedAt": "2021-01-20T10:15:00Z"},
             {"id": "0b7e5f1a-2c3d-4e5f-9a6b-7c8d9e0f1a2b", "kind": "INVESTMENT", "accountingDate": "2021-01-15",
             "amountUsd": -20763.34, "description": "Recorded twice: the bank statement shows one receipt", "donorId": null,
             "pledgePeriod": null, "reconciliation": null, "reversedIncomeId": "6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7",
             "reversedByIncomeId": null, "recordedAt": "2021-01-21T08:02:00Z"}], "page": 0, "size": 20, "total": 2}
            """;

    static final String NEW_INCOME_REVERSAL = """
            {"accountingDate": "2021-01-15", "amountUsd": 20763.34, "reason": "Recorded twice: the bank statement shows one receipt"}
            """;

    static final String INCOME_REVERSAL = """
            {"id": "0b7e5f1a-2c3d-4e5f-9a6b-7c8d9e0f1a2b", "kind": "INVESTMENT", "accountingDate": "2021-01-15",
             "amountUsd": -20763.34, "description": "Recorded twice: the bank statement shows one receipt", "donorId": null,
             "pledgePeriod": null, "reconciliation": null, "reversedIncomeId": "6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7",
             "reversedByIncomeId": null, "recordedAt": "2021-01-21T08:02:00Z"}
            """;

    static final String INVALID_INCOME = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/income",
             "violations": [{"field": "amountUsd", "message": "must not be zero"}]}
            """;

    static final String INVALID_REVERSAL = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/income/6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7/reversal",
             "violations": [{"field": "amountUsd", "message": "must not exceed the original entry's 20763.34 USD"}]}
            """;

    static final String ALREADY_REVERSED = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Income entry 6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7 was already reversed by entry 0b7e5f1a-2c3d-4e5f-9a6b-7c8d9e0f1a2b",
             "instance": "/api/income/6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7/reversal"}
            """;

    static final String INCOME_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Nothing is found at /api/income/6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7",
             "instance": "/api/income/6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7"}
            """;

    static final String INVALID_INCOME_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/income",
             "violations": [{"field": "from", "message": "must be a date such as 2020-12-31"}]}
            """;

    static final String INCOME_KINDS_FR = """
            {"language": "fr", "items": [
             {"code": "INVESTMENT", "label": "Revenus des placements", "mayBeNegative": false},
             {"code": "MISCELLANEOUS", "label": "Recettes diverses", "mayBeNegative": false},
             {"code": "PRIOR_YEAR_PLEDGE_RECEIPT", "label": "Contributions annoncées les années précédentes et reçues", "mayBeNegative": false},
             {"code": "EXCHANGE_GAIN_LOSS", "label": "Gains (pertes) de change", "mayBeNegative": true}]}
            """;

    static final String NEW_BALANCE = """
            {"balanceDate": "2020-01-01", "amountUsd": 2352992.80, "source": "Audited financial statements 2019",
             "reference": "Statement of income and expenditure, fund balance at 31 December 2019"}
            """;

    static final String BALANCE = """
            {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "balanceDate": "2020-01-01", "amountUsd": 2352992.80,
             "source": "Audited financial statements 2019",
             "reference": "Statement of income and expenditure, fund balance at 31 December 2019", "recordedAt": "2020-03-02T09:00:00Z"}
            """;

    static final String BALANCE_PAGE = """
            {"items": [{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "balanceDate": "2020-01-01", "amountUsd": 2352992.80,
             "source": "Audited financial statements 2019",
             "reference": "Statement of income and expenditure, fund balance at 31 December 2019", "recordedAt": "2020-03-02T09:00:00Z"}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String INVALID_BALANCE = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/balances",
             "violations": [{"field": "balanceDate", "message": "must not be in the future"}]}
            """;

    static final String DUPLICATE_BALANCE = """
            {"type": "https://upr-fund.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A balance carried forward at 2020-01-01 is already recorded (9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d)",
             "instance": "/api/balances"}
            """;

    static final String BALANCE_NOT_FOUND = """
            {"type": "https://upr-fund.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Nothing is found at /api/balances/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "instance": "/api/balances/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}
            """;

    static final String INVALID_BALANCE_FILTER = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/balances",
             "violations": [{"field": "from", "message": "must be a date such as 2020-12-31"}]}
            """;

    static final String INVALID_AS_OF = """
            {"type": "https://upr-fund.example/problems/validation-failed", "title": "Invalid request", "status": 400,
             "detail": "The request has an invalid field or parameter", "instance": "/api/balances/position",
             "violations": [{"field": "asOf", "message": "must be a date such as 2020-12-31"}]}
            """;

    static final String BALANCE_POSITION = """
            {"asOf": "2020-12-31",
             "balanceCarriedForward": {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "balanceDate": "2020-01-01",
              "amountUsd": 2352992.80, "source": "Audited financial statements 2019",
              "reference": "Statement of income and expenditure, fund balance at 31 December 2019", "recordedAt": "2020-03-02T09:00:00Z"},
             "counted": {"from": "2020-01-01", "to": "2020-12-31",
              "rule": "Entries dated from 2020-01-01 (the balance date) to 2020-12-31 (asOf), both included, are counted. Entries dated before 2020-01-01 are inside the balance carried forward and are not counted again; entries dated after 2020-12-31 are not counted."},
             "contributionsReceived": {"amountUsd": 298807.00, "entries": 6},
             "incomeByKind": [{"kind": "INVESTMENT", "amountUsd": 0.00, "entries": 0},
              {"kind": "MISCELLANEOUS", "amountUsd": 68553.47, "entries": 2},
              {"kind": "PRIOR_YEAR_PLEDGE_RECEIPT", "amountUsd": 466.12, "entries": 1},
              {"kind": "EXCHANGE_GAIN_LOSS", "amountUsd": 0.00, "entries": 0}],
             "otherIncomeUsd": 69019.59,
             "ofWhichReconciliation": {"amountUsd": 47790.13, "entries": 1},
             "balanceBeforeExpenditureUsd": 2720819.39,
             "notCountedBeforeWindow": {"contributions": 38, "incomeEntries": 0}}
            """;
}

-- Other income of the fund, in US dollars: Table 1's income lines besides the contributions received
-- (investment and miscellaneous income, receipts of prior-year pledges, exchange gains and losses typed in by hand).
-- Entries are never updated or deleted: a correction is a reversal, a new entry of the opposite sign that names
-- the entry it reverses (at most once, never for more than the original).
CREATE TABLE income_entry (
    id                    UUID PRIMARY KEY,
    kind                  VARCHAR(30)   NOT NULL
        CHECK (kind IN ('INVESTMENT', 'MISCELLANEOUS', 'PRIOR_YEAR_PLEDGE_RECEIPT', 'EXCHANGE_GAIN_LOSS')),
    accounting_date       DATE          NOT NULL,
    amount_usd            NUMERIC(19, 2) NOT NULL CHECK (amount_usd <> 0),
    description           VARCHAR(500)  NOT NULL,
    donor_id              UUID REFERENCES donor (id),
    pledge_period         VARCHAR(9),
    -- Set only on entries that exist to reconcile the fund's books with a published report.
    reconciliation_line   VARCHAR(200),
    reconciliation_note   VARCHAR(1000),
    reversed_income_id    UUID UNIQUE REFERENCES income_entry (id),
    recorded_at           TIMESTAMPTZ   NOT NULL,
    recorded_by           VARCHAR(200)  NOT NULL,
    CHECK ((reconciliation_line IS NULL) = (reconciliation_note IS NULL)),
    CHECK (kind = 'PRIOR_YEAR_PLEDGE_RECEIPT' OR (donor_id IS NULL AND pledge_period IS NULL)),
    -- Only an exchange loss or a reversal is negative.
    CHECK (amount_usd > 0 OR kind = 'EXCHANGE_GAIN_LOSS' OR reversed_income_id IS NOT NULL)
);
CREATE INDEX income_entry_by_date ON income_entry (accounting_date, recorded_at, id);
CREATE INDEX income_entry_by_kind ON income_entry (kind, accounting_date);

-- Audited fund balances from which fund status rolls forward: the balance at the start of balance_date,
-- so it includes everything dated before that day and nothing dated on or after it.
CREATE TABLE balance_carried_forward (
    id           UUID PRIMARY KEY,
    balance_date DATE          NOT NULL UNIQUE,
    amount_usd   NUMERIC(19, 2) NOT NULL,
    source       VARCHAR(300)  NOT NULL,
    reference    VARCHAR(300),
    recorded_at  TIMESTAMPTZ   NOT NULL,
    recorded_by  VARCHAR(200)  NOT NULL
);

-- Financial entries are facts: the database itself refuses to change or remove them (function of V3).
CREATE TRIGGER income_entry_is_append_only BEFORE UPDATE OR DELETE ON income_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();
CREATE TRIGGER balance_carried_forward_is_append_only BEFORE UPDATE OR DELETE ON balance_carried_forward
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

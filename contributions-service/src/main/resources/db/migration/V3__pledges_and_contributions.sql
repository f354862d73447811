-- Pledges, contributions received, exchange differences and pledge cancellations.
-- These are financial entries: never updated or deleted. Corrections are new rows (a contribution reversal is a
-- negative entry referencing the one it corrects); a pledge's status and outstanding amount are derived from rows.

CREATE TABLE pledge (
    id                UUID PRIMARY KEY,
    donor_id          UUID           NOT NULL REFERENCES donor (id),
    amount            NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
    currency          VARCHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    usd_per_unit      NUMERIC(19, 10) NOT NULL CHECK (usd_per_unit > 0),
    amount_usd        NUMERIC(19, 2) NOT NULL CHECK (amount_usd >= 0),
    pledged_on        DATE           NOT NULL,
    period_first_year INTEGER        NOT NULL,
    period_last_year  INTEGER        NOT NULL,
    due_on            DATE,
    recorded_at       TIMESTAMPTZ    NOT NULL,
    recorded_by       VARCHAR(200)   NOT NULL,
    CHECK (period_last_year IN (period_first_year, period_first_year + 1)),
    CHECK (currency <> 'USD' OR usd_per_unit = 1),
    CHECK (due_on IS NULL OR due_on >= pledged_on)
);
CREATE INDEX pledge_donor ON pledge (donor_id);
CREATE INDEX pledge_list_order ON pledge (pledged_on, recorded_at, id);

-- At most one per pledge: the unpaid part was cancelled by the donor or written off by the fund.
CREATE TABLE pledge_cancellation (
    pledge_id          UUID PRIMARY KEY REFERENCES pledge (id),
    reason             VARCHAR(20)    NOT NULL CHECK (reason IN ('CANCELLED', 'WRITTEN_OFF')),
    effective_on       DATE           NOT NULL,
    outstanding_amount NUMERIC(19, 4) NOT NULL CHECK (outstanding_amount > 0),
    outstanding_usd    NUMERIC(19, 2) NOT NULL CHECK (outstanding_usd >= 0),
    note               VARCHAR(500),
    recorded_at        TIMESTAMPTZ    NOT NULL,
    recorded_by        VARCHAR(200)   NOT NULL
);

CREATE TABLE contribution (
    id                UUID PRIMARY KEY,
    donor_id          UUID            NOT NULL REFERENCES donor (id),
    pledge_id         UUID REFERENCES pledge (id),
    received_on       DATE            NOT NULL,
    amount            NUMERIC(19, 4)  NOT NULL,
    currency          VARCHAR(3)      NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    usd_per_unit      NUMERIC(19, 10) NOT NULL CHECK (usd_per_unit > 0),
    amount_usd        NUMERIC(19, 2)  NOT NULL,
    period_first_year INTEGER         NOT NULL,
    period_last_year  INTEGER         NOT NULL,
    bank_reference    VARCHAR(100),
    reverses_id       UUID REFERENCES contribution (id),
    reason            VARCHAR(500),
    recorded_at       TIMESTAMPTZ     NOT NULL,
    recorded_by       VARCHAR(200)    NOT NULL,
    CHECK (period_last_year IN (period_first_year, period_first_year + 1)),
    CHECK (currency <> 'USD' OR usd_per_unit = 1),
    -- an entry received is positive; a reversal is negative and names the entry it corrects
    CHECK ((reverses_id IS NULL AND amount > 0 AND amount_usd >= 0) OR (reverses_id IS NOT NULL AND amount < 0 AND amount_usd <= 0))
);
CREATE INDEX contribution_donor ON contribution (donor_id);
CREATE INDEX contribution_pledge ON contribution (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE INDEX contribution_reverses ON contribution (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX contribution_list_order ON contribution (received_on, recorded_at, id);
CREATE INDEX contribution_period ON contribution (period_first_year, period_last_year);

CREATE TABLE exchange_difference (
    id                   UUID PRIMARY KEY,
    contribution_id      UUID            NOT NULL UNIQUE REFERENCES contribution (id),
    pledge_id            UUID            NOT NULL REFERENCES pledge (id),
    donor_id             UUID            NOT NULL REFERENCES donor (id),
    reverses_id          UUID REFERENCES exchange_difference (id),
    recorded_on          DATE            NOT NULL,
    amount_applied       NUMERIC(19, 4)  NOT NULL CHECK (amount_applied <> 0),
    currency             VARCHAR(3)      NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'USD'),
    pledge_usd_per_unit  NUMERIC(19, 10) NOT NULL CHECK (pledge_usd_per_unit > 0),
    receipt_usd_per_unit NUMERIC(19, 10) NOT NULL CHECK (receipt_usd_per_unit > 0),
    amount_usd           NUMERIC(19, 2)  NOT NULL CHECK (amount_usd <> 0),
    recorded_at          TIMESTAMPTZ     NOT NULL
);
CREATE INDEX exchange_difference_list_order ON exchange_difference (recorded_on, recorded_at, id);

-- The database itself refuses to change or remove a financial entry once written.
CREATE FUNCTION refuse_change_of_financial_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Financial entries in % are never updated or deleted; record a correcting entry instead', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER pledge_is_append_only BEFORE UPDATE OR DELETE ON pledge
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();
CREATE TRIGGER pledge_cancellation_is_append_only BEFORE UPDATE OR DELETE ON pledge_cancellation
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();
CREATE TRIGGER contribution_is_append_only BEFORE UPDATE OR DELETE ON contribution
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();
CREATE TRIGGER exchange_difference_is_append_only BEFORE UPDATE OR DELETE ON exchange_difference
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

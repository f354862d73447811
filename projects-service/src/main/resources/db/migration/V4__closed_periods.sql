-- How far the fund's books are closed, as contributions-service publishes it on fund.contributions.v1: a year closed
-- by a fund manager (AccountingYearClosed, closed through 31 December of the year) or a balance carried forward
-- (BalanceCarriedForward, dated D: closed through the day before D). One row per event applied, keyed by the event's
-- id, so that a redelivered event is recognised. Expenditure dated on or before the latest closed_through is refused.
CREATE TABLE closed_period (
    event_id       UUID         PRIMARY KEY,
    event_type     VARCHAR(128) NOT NULL,
    closed_through DATE         NOT NULL,
    -- The year closed, or the date of the balance carried forward, as the event says.
    year           INTEGER,
    balance_date   DATE,
    occurred_at    TIMESTAMPTZ,
    applied_at     TIMESTAMPTZ  NOT NULL,
    CHECK ((year IS NULL) <> (balance_date IS NULL))
);
CREATE INDEX closed_period_through ON closed_period (closed_through);

CREATE TRIGGER closed_period_is_append_only BEFORE UPDATE OR DELETE ON closed_period
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();

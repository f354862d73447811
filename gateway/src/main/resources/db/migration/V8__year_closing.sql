-- A year is closed for the whole fund only once every ledger confirmed its closing (contributions-service's
-- AccountingYearClosed, fund_year_closure). Before that it is closing: a fund manager asked for it
-- (AccountingYearClosingRequested) and some ledgers have confirmed (contributions-service with the request,
-- projects-service with AccountingYearClosingConfirmed). Rows are facts as published, never changed.
CREATE TABLE fund_year_closing (
    event_id       uuid PRIMARY KEY,
    closing_year   integer NOT NULL,
    closed_through date NOT NULL,
    note           text,
    requested_at   timestamp with time zone NOT NULL
);
CREATE INDEX fund_year_closing_year ON fund_year_closing (closing_year);
CREATE TRIGGER fund_year_closing_is_append_only BEFORE UPDATE OR DELETE ON fund_year_closing
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_year_confirmation (
    event_id          uuid PRIMARY KEY,
    confirmed_year    integer NOT NULL,
    ledger            text NOT NULL,
    request_event_id  uuid NOT NULL,
    confirmed_at      timestamp with time zone NOT NULL
);
CREATE INDEX fund_year_confirmation_year ON fund_year_confirmation (confirmed_year);
CREATE TRIGGER fund_year_confirmation_is_append_only BEFORE UPDATE OR DELETE ON fund_year_confirmation
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

-- A year is closed for the whole fund only once every ledger that records dated entries (contributions-service and
-- projects-service) has confirmed its closing. accounting_year_closing holds the fund manager's request: from then on
-- the year is "closing". accounting_year_confirmation holds each ledger's confirmation: a ledger refuses entries dated
-- through the year from the moment it confirms, and never un-confirms. accounting_year_closure (V5) now holds a year only
-- once it is closed: every ledger has confirmed it. Rows are never changed or deleted.
CREATE TABLE accounting_year_closing (
    year         INTEGER      PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    note         VARCHAR(500),
    requested_at TIMESTAMPTZ  NOT NULL,
    requested_by VARCHAR(200) NOT NULL
);
CREATE TRIGGER accounting_year_closing_is_append_only BEFORE UPDATE OR DELETE ON accounting_year_closing
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE accounting_year_confirmation (
    year         INTEGER      NOT NULL REFERENCES accounting_year_closing (year),
    -- The ledger that confirmed: contributions-service or projects-service.
    ledger       VARCHAR(64)  NOT NULL,
    -- When the ledger confirmed, by its own clock: from that instant it refuses entries dated through the year.
    confirmed_at TIMESTAMPTZ  NOT NULL,
    -- When this service recorded the confirmation.
    recorded_at  TIMESTAMPTZ  NOT NULL,
    -- The event that carried the confirmation; null for this service's own, made with the request.
    event_id     UUID,
    PRIMARY KEY (year, ledger)
);
CREATE TRIGGER accounting_year_confirmation_is_append_only BEFORE UPDATE OR DELETE ON accounting_year_confirmation
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

-- Years closed before confirmations existed were closed by both ledgers as they stood: requested, confirmed and closed
-- at the moment they were closed.
INSERT INTO accounting_year_closing (year, note, requested_at, requested_by)
    SELECT year, note, closed_at, closed_by FROM accounting_year_closure;
INSERT INTO accounting_year_confirmation (year, ledger, confirmed_at, recorded_at, event_id)
    SELECT year, ledger, closed_at, closed_at, NULL
    FROM accounting_year_closure CROSS JOIN (VALUES ('contributions-service'), ('projects-service')) AS ledgers (ledger);

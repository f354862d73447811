-- Accounting years a fund manager closed. Closing a year closes the years before it too; entries dated in a closed
-- period are refused (so are entries dated before the latest balance carried forward). A closure is never reopened.
CREATE TABLE accounting_year_closure (
    year      INTEGER      PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    note      VARCHAR(500),
    closed_at TIMESTAMPTZ  NOT NULL,
    closed_by VARCHAR(200) NOT NULL
);

CREATE TRIGGER accounting_year_closure_is_append_only BEFORE UPDATE OR DELETE ON accounting_year_closure
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

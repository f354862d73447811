-- A reconciliation entry names the statement line it sits on by its code, an income line, no longer by free text.
-- Entries labelled before keep their text in front of the note; their line becomes the code of the first income
-- line (in Table 1's order) whose English label the text contains, or null when it names none: such an entry stays on
-- the line of its kind, as it always showed in fund status.
DO $$
DECLARE
    found RECORD;
BEGIN
    FOR found IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'income_entry'::regclass AND contype = 'c'
                    AND pg_get_constraintdef(oid) LIKE '%reconciliation_line IS NULL%reconciliation_note IS NULL%' LOOP
        EXECUTE format('ALTER TABLE income_entry DROP CONSTRAINT %I', found.conname);
    END LOOP;
END $$;
ALTER TABLE income_entry ALTER COLUMN reconciliation_note TYPE VARCHAR(1300);

CREATE TEMPORARY TABLE income_line_label (ordinal INT, code VARCHAR(60), label VARCHAR(200)) ON COMMIT DROP;
INSERT INTO income_line_label VALUES
    (1, 'CONTRIBUTIONS_RECEIVED', 'voluntary contributions received in {year}'),
    (2, 'EXCHANGE_GAIN_LOSS', 'exchange gains/(losses)'),
    (3, 'PRIOR_YEAR_PLEDGES_RECEIVED', 'pledges from prior years received'),
    (4, 'MISCELLANEOUS_AND_INVESTMENT_INCOME', 'miscellaneous and investment income');

UPDATE income_entry e
   SET reconciliation_note = e.reconciliation_line || ': ' || e.reconciliation_note,
       reconciliation_line = (SELECT l.code FROM income_line_label l
                               WHERE position(replace(l.label, '{year}', extract(year FROM e.accounting_date)::int::text)
                                              IN lower(e.reconciliation_line)) > 0
                               ORDER BY l.ordinal LIMIT 1)
 WHERE e.reconciliation_line IS NOT NULL;

ALTER TABLE income_entry ALTER COLUMN reconciliation_line TYPE VARCHAR(60);
ALTER TABLE income_entry ADD CONSTRAINT income_entry_reconciliation_line_needs_note
    CHECK (reconciliation_line IS NULL OR reconciliation_note IS NOT NULL);

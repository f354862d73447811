-- A reconciliation entry names the statement line it sits on by its code, an expenditure line, no longer by free text.
-- Entries labelled before keep their text in front of the note; their line becomes the code of the first expenditure
-- line (in Table 1's order) whose English label the text contains, or null when it names none: such an entry stays on
-- the line of its cost category, as it always showed in fund status.
DO $$
DECLARE
    found RECORD;
BEGIN
    FOR found IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'expenditure'::regclass AND contype = 'c'
                    AND pg_get_constraintdef(oid) LIKE '%reconciliation_line IS NULL%reconciliation_note IS NULL%' LOOP
        EXECUTE format('ALTER TABLE expenditure DROP CONSTRAINT %I', found.conname);
    END LOOP;
END $$;
ALTER TABLE expenditure ALTER COLUMN reconciliation_note TYPE VARCHAR(1300);

CREATE TEMPORARY TABLE expenditure_line_label (ordinal INT, code VARCHAR(60), label VARCHAR(200)) ON COMMIT DROP;
INSERT INTO expenditure_line_label VALUES
    (1, 'STAFF', 'staff costs'),
    (2, 'OTHER_PERSONNEL', 'other personnel costs (consultants and travel)'),
    (3, 'STAFF_TRAVEL', 'travel of staff and consultants'),
    (4, 'PARTICIPANT_TRAVEL', 'travel of representatives and participants to meetings and seminars'),
    (5, 'CONTRACTUAL_SERVICES', 'contractual services'),
    (6, 'GENERAL_OPERATING', 'general operating and other direct costs'),
    (7, 'EQUIPMENT', 'equipment, vehicles and furniture'),
    (8, 'GRANTS', 'grants (<50,000 usd) and fellowships'),
    (9, 'PROGRAMME_SUPPORT', 'programme support (indirect) costs');

UPDATE expenditure e
   SET reconciliation_note = e.reconciliation_line || ': ' || e.reconciliation_note,
       reconciliation_line = (SELECT l.code FROM expenditure_line_label l
                               WHERE position(l.label IN lower(e.reconciliation_line)) > 0
                               ORDER BY l.ordinal LIMIT 1)
 WHERE e.reconciliation_line IS NOT NULL;

ALTER TABLE expenditure ALTER COLUMN reconciliation_line TYPE VARCHAR(60);
ALTER TABLE expenditure ADD CONSTRAINT expenditure_reconciliation_line_needs_note
    CHECK (reconciliation_line IS NULL OR reconciliation_note IS NOT NULL);

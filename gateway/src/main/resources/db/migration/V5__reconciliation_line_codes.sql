-- A reconciliation entry names the statement line it sits on by its code, a line of its own section, no longer by free
-- text. Entries labelled before keep their text in front of the note, as their producers keep them; their line becomes
-- the code of the first line of their section (in Table 1's order) whose English label the text contains, or null when
-- it names none, as the producers mapped them (and as an event written before lines were codes is read on a rebuild).
ALTER TABLE fund_income ADD COLUMN reconciliation_line varchar(60);
ALTER TABLE fund_expenditure ADD COLUMN reconciliation_line varchar(60);

CREATE TEMPORARY TABLE statement_line_label (section varchar(20), ordinal int, code varchar(60), label varchar(200)) ON COMMIT DROP;
INSERT INTO statement_line_label VALUES
    ('INCOME', 1, 'CONTRIBUTIONS_RECEIVED', 'voluntary contributions received in {year}'),
    ('INCOME', 2, 'EXCHANGE_GAIN_LOSS', 'exchange gains/(losses)'),
    ('INCOME', 3, 'PRIOR_YEAR_PLEDGES_RECEIVED', 'pledges from prior years received'),
    ('INCOME', 4, 'MISCELLANEOUS_AND_INVESTMENT_INCOME', 'miscellaneous and investment income'),
    ('EXPENDITURE', 1, 'STAFF', 'staff costs'),
    ('EXPENDITURE', 2, 'OTHER_PERSONNEL', 'other personnel costs (consultants and travel)'),
    ('EXPENDITURE', 3, 'STAFF_TRAVEL', 'travel of staff and consultants'),
    ('EXPENDITURE', 4, 'PARTICIPANT_TRAVEL', 'travel of representatives and participants to meetings and seminars'),
    ('EXPENDITURE', 5, 'CONTRACTUAL_SERVICES', 'contractual services'),
    ('EXPENDITURE', 6, 'GENERAL_OPERATING', 'general operating and other direct costs'),
    ('EXPENDITURE', 7, 'EQUIPMENT', 'equipment, vehicles and furniture'),
    ('EXPENDITURE', 8, 'GRANTS', 'grants (<50,000 usd) and fellowships'),
    ('EXPENDITURE', 9, 'PROGRAMME_SUPPORT', 'programme support (indirect) costs');

UPDATE fund_income e
   SET reconciliation_note = e.reconciliation_report_line || ': ' || e.reconciliation_note,
       reconciliation_line = (SELECT l.code FROM statement_line_label l
                               WHERE l.section = 'INCOME'
                                 AND position(replace(l.label, '{year}', extract(year FROM e.accounting_date)::int::text)
                                              IN lower(e.reconciliation_report_line)) > 0
                               ORDER BY l.ordinal LIMIT 1)
 WHERE e.reconciliation_report_line IS NOT NULL;

UPDATE fund_expenditure e
   SET reconciliation_note = e.reconciliation_report_line || ': ' || e.reconciliation_note,
       reconciliation_line = (SELECT l.code FROM statement_line_label l
                               WHERE l.section = 'EXPENDITURE'
                                 AND position(l.label IN lower(e.reconciliation_report_line)) > 0
                               ORDER BY l.ordinal LIMIT 1)
 WHERE e.reconciliation_report_line IS NOT NULL;

ALTER TABLE fund_income DROP COLUMN reconciliation_report_line;
ALTER TABLE fund_expenditure DROP COLUMN reconciliation_report_line;

-- Expenditure by UN cost category (the nine lines of Table 1), in US dollars: project-level (a project and its State)
-- or fund-level (the secretariat's costs, no project). Financial entries: never updated or deleted. A correction is a
-- new negative entry that names the entry it corrects, of its category and project, never for more than remains of it.
CREATE TABLE expenditure (
    id                  UUID PRIMARY KEY,
    project_id          UUID REFERENCES project (id),
    iso3                VARCHAR(3),
    spent_on            DATE           NOT NULL,
    cost_category       VARCHAR(30)    NOT NULL CHECK (cost_category IN ('STAFF', 'OTHER_PERSONNEL', 'STAFF_TRAVEL',
        'PARTICIPANT_TRAVEL', 'CONTRACTUAL_SERVICES', 'GENERAL_OPERATING', 'EQUIPMENT', 'GRANTS', 'PROGRAMME_SUPPORT')),
    amount_usd          NUMERIC(19, 2) NOT NULL,
    description         VARCHAR(500)   NOT NULL,
    reference           VARCHAR(200),
    corrects_id         UUID REFERENCES expenditure (id),
    -- Set only on entries that exist to reconcile the fund's books with a published report.
    reconciliation_line VARCHAR(200),
    reconciliation_note VARCHAR(1000),
    recorded_at         TIMESTAMPTZ    NOT NULL,
    recorded_by         VARCHAR(200)   NOT NULL,
    CHECK ((project_id IS NULL) = (iso3 IS NULL)),
    CHECK ((corrects_id IS NULL AND amount_usd > 0) OR (corrects_id IS NOT NULL AND amount_usd < 0)),
    CHECK ((reconciliation_line IS NULL) = (reconciliation_note IS NULL))
);
CREATE INDEX expenditure_list_order ON expenditure (spent_on, recorded_at, id);
CREATE INDEX expenditure_by_project ON expenditure (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX expenditure_corrects ON expenditure (corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX expenditure_by_category ON expenditure (cost_category, spent_on);

CREATE TRIGGER expenditure_is_append_only BEFORE UPDATE OR DELETE ON expenditure
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();

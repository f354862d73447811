-- Country projects the fund supports, their lifecycle and their budget.
-- A project is the one mutable record here (its status moves along the lifecycle, its approval is recorded once); it
-- is never deleted. Its status changes and budget revisions are entries of their own, never updated or deleted: the
-- current budget is the approved budget plus the sum of the revisions.

CREATE TABLE project (
    id                  UUID PRIMARY KEY,
    code                VARCHAR(50)    NOT NULL,
    iso3                VARCHAR(3)     NOT NULL CHECK (iso3 ~ '^[A-Z]{3}$'),
    title               VARCHAR(300)   NOT NULL,
    field_presence      VARCHAR(200),
    strategic_area      VARCHAR(30)
        CHECK (strategic_area IN ('RECOMMENDATIONS', 'NATIONAL_MECHANISM', 'IMPLEMENTATION_PLAN', 'UN_COUNTRY_TEAM', 'PARLIAMENT')),
    status              VARCHAR(20)    NOT NULL
        CHECK (status IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED')),
    planned_start       DATE,
    planned_end         DATE,
    proposed_budget_usd NUMERIC(19, 2) NOT NULL CHECK (proposed_budget_usd >= 0),
    budget_note         VARCHAR(500),
    gender_marker       SMALLINT CHECK (gender_marker BETWEEN 0 AND 3),
    recommendation_ids  UUID[]         NOT NULL,
    sdg_goals           INTEGER[]      NOT NULL,
    -- The approval: recorded once, with the State's consent and the assessment against questions (a) to (d).
    approved_on         DATE,
    approved_budget_usd NUMERIC(19, 2) CHECK (approved_budget_usd >= 0),
    consent_reference   VARCHAR(300),
    criterion_a_answer  VARCHAR(10) CHECK (criterion_a_answer IN ('YES', 'PARTLY', 'NO')),
    criterion_a_notes   VARCHAR(2000),
    criterion_b_answer  VARCHAR(10) CHECK (criterion_b_answer IN ('YES', 'PARTLY', 'NO')),
    criterion_b_notes   VARCHAR(2000),
    criterion_c_answer  VARCHAR(10) CHECK (criterion_c_answer IN ('YES', 'PARTLY', 'NO')),
    criterion_c_notes   VARCHAR(2000),
    criterion_d_answer  VARCHAR(10) CHECK (criterion_d_answer IN ('YES', 'PARTLY', 'NO')),
    criterion_d_notes   VARCHAR(2000),
    proposed_at         TIMESTAMPTZ    NOT NULL,
    proposed_by         VARCHAR(200)   NOT NULL,
    changed_at          TIMESTAMPTZ    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CHECK (planned_start IS NULL OR planned_end IS NULL OR planned_end >= planned_start),
    -- Approved (and every status after it but a cancellation of a proposal) means approved with all of it.
    CHECK ((approved_on IS NULL) = (approved_budget_usd IS NULL)),
    CHECK (approved_on IS NULL OR (consent_reference IS NOT NULL
        AND criterion_a_answer IS NOT NULL AND criterion_a_notes IS NOT NULL
        AND criterion_b_answer IS NOT NULL AND criterion_b_notes IS NOT NULL
        AND criterion_c_answer IS NOT NULL AND criterion_c_notes IS NOT NULL
        AND criterion_d_answer IS NOT NULL AND criterion_d_notes IS NOT NULL)),
    CHECK (status IN ('PROPOSED', 'CANCELLED') OR approved_on IS NOT NULL),
    CHECK (status <> 'PROPOSED' OR approved_on IS NULL)
);
CREATE UNIQUE INDEX project_code_unique ON project (lower(code));
CREATE INDEX project_list_order ON project (iso3, code, id);
CREATE INDEX project_status ON project (status);

-- Every move along the lifecycle, the approval included: who, when, why.
CREATE TABLE project_status_change (
    id              UUID PRIMARY KEY,
    project_id      UUID         NOT NULL REFERENCES project (id),
    previous_status VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500),
    changed_at      TIMESTAMPTZ  NOT NULL,
    changed_by      VARCHAR(200) NOT NULL
);
CREATE INDEX project_status_change_by_project ON project_status_change (project_id, changed_at, id);

CREATE TABLE budget_revision (
    id                  UUID PRIMARY KEY,
    project_id          UUID           NOT NULL REFERENCES project (id),
    previous_budget_usd NUMERIC(19, 2) NOT NULL CHECK (previous_budget_usd >= 0),
    revised_budget_usd  NUMERIC(19, 2) NOT NULL CHECK (revised_budget_usd >= 0),
    change_usd          NUMERIC(19, 2) NOT NULL CHECK (change_usd <> 0),
    effective_on        DATE           NOT NULL,
    reason              VARCHAR(500)   NOT NULL,
    recorded_at         TIMESTAMPTZ    NOT NULL,
    recorded_by         VARCHAR(200)   NOT NULL,
    CHECK (change_usd = revised_budget_usd - previous_budget_usd)
);
CREATE INDEX budget_revision_by_project ON budget_revision (project_id, recorded_at, id);

-- Entries are facts: the database itself refuses to change or remove them, and a project is cancelled, never removed.
CREATE FUNCTION refuse_change_of_recorded_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Entries in % are never updated or deleted; record a correcting entry instead', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER project_status_change_is_append_only BEFORE UPDATE OR DELETE ON project_status_change
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();
CREATE TRIGGER budget_revision_is_append_only BEFORE UPDATE OR DELETE ON budget_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();
CREATE TRIGGER project_is_never_deleted BEFORE DELETE ON project
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();

-- The read model of the whole fund, from every event type of the three topics. Each table holds facts as the
-- events state them; every figure the gateway answers is summed from these rows when it is computed. Nothing here
-- refers to another table with a foreign key: events of different aggregates arrive in any order (a contribution may
-- come before its donor), so every view joins what is there and shows what is missing.
-- Unqualified names: the rebuild creates the same tables in a schema of its own.

-- An event is known by its source and its id (CloudEvents: unique per source).
ALTER TABLE applied_event DROP CONSTRAINT applied_event_pkey;
ALTER TABLE applied_event ADD PRIMARY KEY (source, event_id);

-- Records that could not be applied, parked with why, never dropped; a fund manager replays them once fixed.
CREATE TABLE dead_letter (
    id               uuid PRIMARY KEY,
    topic            varchar(255) NOT NULL,
    record_partition integer NOT NULL,
    record_offset    bigint NOT NULL,
    record_key       bytea,
    record_value     bytea,
    record_timestamp timestamp with time zone,
    event_id         uuid,
    event_source     varchar(255),
    event_type       varchar(255),
    failure          varchar(32) NOT NULL,
    reason           text NOT NULL,
    parked_at        timestamp with time zone NOT NULL,
    status           varchar(16) NOT NULL,
    replays          integer NOT NULL DEFAULT 0,
    last_replayed_at timestamp with time zone,
    resolved_at      timestamp with time zone,
    CONSTRAINT dead_letter_record UNIQUE (topic, record_partition, record_offset)
);
CREATE INDEX dead_letter_by_status ON dead_letter (status, topic, record_partition, record_offset);

-- The database refuses to change or remove a financial entry once written: a correction is a new entry.
CREATE FUNCTION refuse_change_of_financial_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Financial entries in % are never updated or deleted; record a correcting entry instead', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- contributions-service: pledges, contributions received (reversals are negative entries), other income, exchange
-- differences, balances carried forward and year closures.
CREATE TABLE fund_pledge (
    pledge_id    uuid PRIMARY KEY,
    donor_id     uuid NOT NULL,
    amount       numeric(24, 4) NOT NULL,
    currency     varchar(3) NOT NULL,
    usd_per_unit numeric(30, 10) NOT NULL,
    amount_usd   numeric(22, 2) NOT NULL,
    pledged_on   date NOT NULL,
    period       varchar(9) NOT NULL,
    due_on       date,
    recorded_at  timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_pledge_is_append_only BEFORE UPDATE OR DELETE ON fund_pledge
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_pledge_cancellation (
    pledge_id          uuid PRIMARY KEY,
    donor_id           uuid NOT NULL,
    reason             varchar(16) NOT NULL,
    effective_on       date NOT NULL,
    outstanding_amount numeric(24, 4) NOT NULL,
    currency           varchar(3) NOT NULL,
    outstanding_usd    numeric(22, 2) NOT NULL,
    note               text,
    recorded_at        timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_pledge_cancellation_is_append_only BEFORE UPDATE OR DELETE ON fund_pledge_cancellation
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_contribution (
    contribution_id          uuid PRIMARY KEY,
    reverses_contribution_id uuid,
    donor_id                 uuid NOT NULL,
    pledge_id                uuid,
    received_on              date NOT NULL,
    amount                   numeric(24, 4) NOT NULL,
    currency                 varchar(3) NOT NULL,
    usd_per_unit             numeric(30, 10) NOT NULL,
    amount_usd               numeric(22, 2) NOT NULL,
    period                   varchar(9) NOT NULL,
    bank_reference           text,
    reason                   text,
    recorded_at              timestamp with time zone NOT NULL
);
CREATE INDEX fund_contribution_by_date ON fund_contribution (received_on);
CREATE INDEX fund_contribution_by_pledge ON fund_contribution (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE TRIGGER fund_contribution_is_append_only BEFORE UPDATE OR DELETE ON fund_contribution
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_exchange_difference (
    exchange_difference_id          uuid PRIMARY KEY,
    reverses_exchange_difference_id uuid,
    contribution_id                 uuid NOT NULL,
    pledge_id                       uuid NOT NULL,
    donor_id                        uuid NOT NULL,
    recorded_on                     date NOT NULL,
    amount_applied                  numeric(24, 4) NOT NULL,
    currency                        varchar(3) NOT NULL,
    amount_usd                      numeric(22, 2) NOT NULL,
    recorded_at                     timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_exchange_difference_is_append_only BEFORE UPDATE OR DELETE ON fund_exchange_difference
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_income (
    income_id                  uuid PRIMARY KEY,
    reverses_income_id         uuid,
    kind                       varchar(32) NOT NULL,
    accounting_date            date NOT NULL,
    amount_usd                 numeric(22, 2) NOT NULL,
    description                text,
    donor_id                   uuid,
    pledge_period              varchar(9),
    reason                     text,
    reconciliation_report_line varchar(200),
    reconciliation_note        text,
    recorded_at                timestamp with time zone NOT NULL
);
CREATE INDEX fund_income_by_date ON fund_income (accounting_date);
CREATE TRIGGER fund_income_is_append_only BEFORE UPDATE OR DELETE ON fund_income
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_balance (
    balance_id   uuid PRIMARY KEY,
    balance_date date NOT NULL,
    amount_usd   numeric(22, 2) NOT NULL,
    source       text NOT NULL,
    reference    text,
    recorded_at  timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_balance_is_append_only BEFORE UPDATE OR DELETE ON fund_balance
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_year_closure (
    event_id       uuid PRIMARY KEY,
    closed_year    integer NOT NULL,
    closed_through date NOT NULL,
    note           text,
    closed_at      timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_year_closure_is_append_only BEFORE UPDATE OR DELETE ON fund_year_closure
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

-- projects-service: projects (their current state, and the history of their status), budget revisions, progress
-- updates, expenditure by cost category (reversals are negative entries).
CREATE TABLE fund_project (
    project_id          uuid PRIMARY KEY,
    code                varchar(100) NOT NULL,
    iso3                varchar(3) NOT NULL,
    title               text NOT NULL,
    field_presence      text,
    strategic_area      varchar(32),
    planned_start       date,
    planned_end         date,
    proposed_budget_usd numeric(22, 2) NOT NULL,
    approved_budget_usd numeric(22, 2),
    approved_on         date,
    budget_usd          numeric(22, 2) NOT NULL,
    status              varchar(16) NOT NULL,
    gender_marker       integer,
    recommendation_ids  uuid[] NOT NULL,
    sdg_goals           integer[] NOT NULL,
    proposed_at         timestamp with time zone NOT NULL,
    last_event_time     timestamp with time zone NOT NULL
);
CREATE INDEX fund_project_by_country ON fund_project (iso3);

-- A project's status history: each step in the order its events were applied (seq; a project's events share a partition,
-- so this is their order), and since when it holds (the approval's date, else the time the change was recorded).
CREATE TABLE fund_project_status (
    event_id   uuid PRIMARY KEY,
    seq        bigserial NOT NULL,
    project_id uuid NOT NULL,
    status     varchar(16) NOT NULL,
    reason     text,
    changed_at timestamp with time zone NOT NULL
);
CREATE INDEX fund_project_status_by_project ON fund_project_status (project_id, seq);

CREATE TABLE fund_budget_revision (
    revision_id         uuid PRIMARY KEY,
    project_id          uuid NOT NULL,
    previous_budget_usd numeric(22, 2) NOT NULL,
    revised_budget_usd  numeric(22, 2) NOT NULL,
    change_usd          numeric(22, 2) NOT NULL,
    effective_on        date NOT NULL,
    reason              text,
    recorded_at         timestamp with time zone NOT NULL
);
CREATE TRIGGER fund_budget_revision_is_append_only BEFORE UPDATE OR DELETE ON fund_budget_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

CREATE TABLE fund_progress_update (
    update_id          uuid PRIMARY KEY,
    project_id         uuid NOT NULL,
    iso3               varchar(3) NOT NULL,
    period_start       date NOT NULL,
    period_end         date NOT NULL,
    status             varchar(16) NOT NULL,
    narrative          text NOT NULL,
    recommendation_ids uuid[] NOT NULL,
    indicators         text NOT NULL,
    reported_by        text NOT NULL,
    recorded_at        timestamp with time zone NOT NULL
);
CREATE INDEX fund_progress_update_by_country ON fund_progress_update (iso3, recorded_at);

CREATE TABLE fund_expenditure (
    expenditure_id             uuid PRIMARY KEY,
    reverses_expenditure_id    uuid,
    project_id                 uuid,
    iso3                       varchar(3),
    spent_on                   date NOT NULL,
    cost_category              varchar(32) NOT NULL,
    amount_usd                 numeric(22, 2) NOT NULL,
    description                text,
    reference                  text,
    reason                     text,
    reconciliation_report_line varchar(200),
    reconciliation_note        text,
    recorded_at                timestamp with time zone NOT NULL
);
CREATE INDEX fund_expenditure_by_date ON fund_expenditure (spent_on);
CREATE INDEX fund_expenditure_by_project ON fund_expenditure (project_id) WHERE project_id IS NOT NULL;
CREATE TRIGGER fund_expenditure_is_append_only BEFORE UPDATE OR DELETE ON fund_expenditure
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_financial_entry();

-- recommendations-service: recommendations as they now are, and the history of their response and status.
CREATE TABLE fund_recommendation (
    recommendation_id     uuid PRIMARY KEY,
    state_under_review    varchar(3) NOT NULL,
    recommending_states   text[] NOT NULL,
    mechanism             varchar(32) NOT NULL,
    cycle                 integer,
    session               text,
    document_symbol       text NOT NULL,
    paragraph             text NOT NULL,
    language              varchar(35) NOT NULL,
    text                  text NOT NULL,
    response              varchar(32) NOT NULL,
    action_category       integer,
    themes                text[] NOT NULL,
    affected_persons      text[] NOT NULL,
    sdg_goals             integer[] NOT NULL,
    sdg_targets           text[] NOT NULL,
    implementation_status varchar(32) NOT NULL,
    recorded_at           timestamp with time zone NOT NULL,
    last_event_time       timestamp with time zone NOT NULL
);
CREATE INDEX fund_recommendation_by_state ON fund_recommendation (state_under_review);

CREATE TABLE fund_recommendation_state (
    event_id              uuid PRIMARY KEY,
    seq                   bigserial NOT NULL,
    recommendation_id     uuid NOT NULL,
    response              varchar(32) NOT NULL,
    implementation_status varchar(32) NOT NULL,
    changed_at            timestamp with time zone NOT NULL
);
CREATE INDEX fund_recommendation_state_by_recommendation ON fund_recommendation_state (recommendation_id, seq);

-- The gateway's own records, not built from events (a rebuild leaves them alone): what published reports state,
-- to be compared with what the read model computes; and the rebuilds run.
CREATE TABLE stated_figure (
    id          uuid PRIMARY KEY,
    report      varchar(300) NOT NULL,
    figure      varchar(100) NOT NULL,
    value_usd   numeric(22, 2),
    donors      text[],
    note        text,
    recorded_by varchar(300) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT stated_figure_once UNIQUE (report, figure)
);

CREATE TABLE read_model_rebuild (
    id               uuid PRIMARY KEY,
    requested_by     varchar(300) NOT NULL,
    started_at       timestamp with time zone NOT NULL,
    finished_at      timestamp with time zone,
    status           varchar(16) NOT NULL,
    records_read     bigint NOT NULL DEFAULT 0,
    figures_compared integer NOT NULL DEFAULT 0,
    equal            boolean,
    differences      text,
    failure          text
);

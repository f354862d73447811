-- Recommendations (UPR, treaty bodies, special procedures), one row each, with the current implementation status of
-- their plan. The natural key is (State under review, cycle, document symbol, paragraph): imports match on it.
CREATE TABLE recommendation (
    id                    UUID          PRIMARY KEY,
    state_under_review    VARCHAR(3)    NOT NULL CHECK (state_under_review ~ '^[A-Z]{3}$'),
    recommending_states   VARCHAR(3)[]  NOT NULL,
    mechanism             VARCHAR(20)   NOT NULL CHECK (mechanism IN ('UPR', 'TREATY_BODY', 'SPECIAL_PROCEDURE')),
    cycle                 INTEGER       CHECK (cycle BETWEEN 1 AND 4),
    -- 0 for a recommendation without a cycle, so that the natural key and the list order need no NULL handling
    cycle_key             INTEGER       GENERATED ALWAYS AS (coalesce(cycle, 0)) STORED,
    session               VARCHAR(50),
    document_symbol       VARCHAR(100)  NOT NULL,
    paragraph             VARCHAR(30)   NOT NULL,
    -- the paragraph's numbers zero-padded (110.2 -> 00110.00002), so that paragraphs sort as numbers
    paragraph_sort        VARCHAR(80)   NOT NULL,
    language              VARCHAR(2)    NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text                  TEXT          NOT NULL,
    -- {"fr": "...", "es": "..."}: the text in other UN languages
    translations          JSONB         NOT NULL DEFAULT '{}',
    response              VARCHAR(20)   NOT NULL CHECK (response IN ('SUPPORTED', 'SUPPORTED_IN_PART', 'NOTED', 'PENDING')),
    action_category       INTEGER       CHECK (action_category BETWEEN 1 AND 5),
    themes                VARCHAR(50)[] NOT NULL,
    affected_persons      VARCHAR(50)[] NOT NULL,
    sdg_goals             INTEGER[]     NOT NULL,
    sdg_targets           VARCHAR(5)[]  NOT NULL,
    implementation_status VARCHAR(25)   NOT NULL
        CHECK (implementation_status IN ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED')),
    note                  VARCHAR(500),
    -- every filterable value as "name:value" (state:KHM, theme:RIGHT_TO_EDUCATION, target:4.1, ...): one GIN index
    -- answers any combination of filters
    facets                TEXT[]        NOT NULL,
    recorded_at           TIMESTAMPTZ   NOT NULL,
    recorded_by           VARCHAR(200)  NOT NULL,
    revised_at            TIMESTAMPTZ,
    revised_by            VARCHAR(200),
    -- the version of the recommendation and of its implementation plan: the ETag of both
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT recommendation_natural_key UNIQUE (state_under_review, cycle_key, document_symbol, paragraph_sort)
);
CREATE INDEX recommendation_facets ON recommendation USING gin (facets);

-- The plan of a recommendation, once someone writes one; its status is recommendation.implementation_status.
CREATE TABLE implementation_plan (
    recommendation_id       UUID          PRIMARY KEY REFERENCES recommendation (id),
    priority                VARCHAR(10)   CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    responsible_institutions VARCHAR(200)[] NOT NULL,
    planned_start           DATE,
    planned_end             DATE,
    resources_needed        VARCHAR(2000),
    indicators              VARCHAR(500)[] NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    updated_by              VARCHAR(200)  NOT NULL,
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);

-- Every change of a recommendation's implementation status: when, by whom, on what evidence. Never changed or removed.
CREATE TABLE implementation_status_change (
    id                UUID         PRIMARY KEY,
    recommendation_id UUID         NOT NULL REFERENCES recommendation (id),
    previous_status   VARCHAR(25)  NOT NULL,
    status            VARCHAR(25)  NOT NULL,
    evidence          VARCHAR(2000),
    note              VARCHAR(1000),
    changed_at        TIMESTAMPTZ  NOT NULL,
    changed_by        VARCHAR(200) NOT NULL,
    CHECK (previous_status <> status)
);
CREATE INDEX implementation_status_change_history ON implementation_status_change (recommendation_id, changed_at, id);

CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Rows of % are history: never updated or deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER implementation_status_change_is_append_only BEFORE UPDATE OR DELETE ON implementation_status_change
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();

-- An editor's decision on a suggested SDG target: accepted (the target is then linked) or rejected.
CREATE TABLE sdg_suggestion_decision (
    recommendation_id UUID         NOT NULL REFERENCES recommendation (id),
    sdg_target        VARCHAR(5)   NOT NULL,
    decision          VARCHAR(10)  NOT NULL CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decided_at        TIMESTAMPTZ  NOT NULL,
    decided_by        VARCHAR(200) NOT NULL,
    PRIMARY KEY (recommendation_id, sdg_target)
);

-- Progress reported by field offices on a project: a period, a status, a narrative, results indicators and the UPR
-- recommendations it addressed. A report is a fact of its day: a later report supersedes it, nothing changes it.
CREATE TABLE progress_update (
    id                 UUID PRIMARY KEY,
    project_id         UUID          NOT NULL REFERENCES project (id),
    iso3               VARCHAR(3)    NOT NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL CHECK (status IN ('ON_TRACK', 'MINOR_DELAYS', 'AT_RISK', 'OFF_TRACK')),
    narrative          VARCHAR(20000) NOT NULL,
    recommendation_ids UUID[]        NOT NULL,
    recorded_at        TIMESTAMPTZ   NOT NULL,
    recorded_by        VARCHAR(200)  NOT NULL,
    CHECK (period_end >= period_start)
);
CREATE INDEX progress_update_timeline ON progress_update (project_id, period_start, period_end, recorded_at, id);

-- Results indicators of an update, in the order reported. Values keep the decimals they were given.
CREATE TABLE progress_indicator (
    update_id UUID         NOT NULL REFERENCES progress_update (id),
    position  INTEGER      NOT NULL CHECK (position >= 0),
    name      VARCHAR(300) NOT NULL,
    unit      VARCHAR(100) NOT NULL,
    baseline  NUMERIC,
    target    NUMERIC,
    actual    NUMERIC,
    PRIMARY KEY (update_id, position)
);

CREATE TRIGGER progress_update_is_append_only BEFORE UPDATE OR DELETE ON progress_update
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();
CREATE TRIGGER progress_indicator_is_append_only BEFORE UPDATE OR DELETE ON progress_indicator
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_recorded_entry();

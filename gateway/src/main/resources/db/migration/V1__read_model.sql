-- The gateway's read model of the fund. Everything here is built from the events of the three topics and can be
-- rebuilt by consuming them again from offset zero.

-- Every event applied, by id: a redelivered event is found here and ignored.
CREATE TABLE applied_event (
    event_id   uuid PRIMARY KEY,
    source     varchar(255) NOT NULL,
    type       varchar(255) NOT NULL,
    topic      varchar(255) NOT NULL,
    applied_at timestamp with time zone NOT NULL
);

-- How fresh each source is.
CREATE TABLE source_freshness (
    topic              varchar(255) PRIMARY KEY,
    events_applied     bigint NOT NULL DEFAULT 0,
    duplicates_ignored bigint NOT NULL DEFAULT 0,
    last_event_id      uuid,
    last_event_type    varchar(255),
    last_event_time    timestamp with time zone,
    last_applied_at    timestamp with time zone
);

-- The topics consumed, listed (with nothing applied yet) before their first event arrives.
INSERT INTO source_freshness (topic) VALUES
    ('fund.contributions.v1'),
    ('fund.projects.v1'),
    ('fund.recommendations.v1');

-- Donors, from DonorRegistered.
CREATE TABLE fund_donor (
    donor_id      uuid PRIMARY KEY,
    name          varchar(300) NOT NULL,
    kind          varchar(32) NOT NULL,
    iso3          varchar(3),
    registered_at timestamp with time zone NOT NULL
);

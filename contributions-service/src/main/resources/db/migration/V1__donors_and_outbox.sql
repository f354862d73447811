CREATE TABLE donor (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('STATE', 'ORGANISATION', 'PRIVATE')),
    iso3          VARCHAR(3),
    registered_at TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CHECK ((kind = 'STATE') = (iso3 IS NOT NULL))
);
CREATE UNIQUE INDEX donor_iso3_unique ON donor (iso3) WHERE iso3 IS NOT NULL;
CREATE UNIQUE INDEX donor_name_unique ON donor (lower(name));

-- Events waiting for the relay, written in the transaction of the change they describe.
CREATE TABLE outbox_event (
    position       BIGSERIAL PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   UUID         NOT NULL,
    event_type     VARCHAR(128) NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    payload        JSONB        NOT NULL,
    sent_at        TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;

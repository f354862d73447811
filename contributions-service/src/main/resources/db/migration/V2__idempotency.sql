-- First responses to create requests sent with an Idempotency-Key, replayed to retries.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(500),
    etag            VARCHAR(100),
    body            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

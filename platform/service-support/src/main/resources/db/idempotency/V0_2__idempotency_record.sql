-- Idempotent creation, of the service platform: the first response to a create request sent with an Idempotency-Key,
-- replayed to its retries. A key belongs to its caller and to the method and path it was sent with.
CREATE TABLE idempotency_record (
    caller          VARCHAR(200)  NOT NULL,
    method          VARCHAR(10)   NOT NULL,
    path            VARCHAR(500)  NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    status          INTEGER       NOT NULL,
    location        VARCHAR(1000),
    etag            VARCHAR(100),
    body            TEXT          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (caller, method, path, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);

-- Requests with one key take turns: each waits for this transaction-scoped lock, at most timeout_ms, so that the second
-- sees what the first committed. One round trip; the lock wait raises lock_not_available (55P03) when it times out.
CREATE FUNCTION idempotency_lock(lock_key BIGINT, timeout_ms INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT := current_setting('lock_timeout');
BEGIN
    PERFORM set_config('lock_timeout', timeout_ms || 'ms', true);
    PERFORM pg_advisory_xact_lock(lock_key);
    PERFORM set_config('lock_timeout', previous, true);
END;
$$;

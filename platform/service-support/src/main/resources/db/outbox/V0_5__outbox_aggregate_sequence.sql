-- Each event's number within its aggregate (its CloudEvent's subject), 1, 2, 3... with no gaps, assigned in the
-- transaction that records it and published as the CloudEvents extension attribute aggregatesequence: a consumer
-- orders an aggregate's events by it, and sees a gap. The outbox rows are purged once published, so the last number of
-- each aggregate is kept here; recording an event increments it by an upsert, which locks the aggregate's row until the
-- transaction ends: concurrent writers of one aggregate take the numbers in turn, and a rollback gives its numbers back.
-- Versioned with the platform's migrations, below the services' own: services apply it out of order.
CREATE TABLE outbox_aggregate_sequence (
    aggregate_id  UUID   PRIMARY KEY,
    last_sequence BIGINT NOT NULL CHECK (last_sequence >= 1)
);

ALTER TABLE outbox_event ADD COLUMN aggregate_sequence BIGINT;

-- Rows written before numbering (sent or waiting) are numbered in the order they were written, and their aggregates'
-- counters continue from there.
UPDATE outbox_event e SET aggregate_sequence = numbered.sequence
FROM (SELECT position, row_number() OVER (PARTITION BY aggregate_id ORDER BY position) AS sequence FROM outbox_event) numbered
WHERE e.position = numbered.position;

INSERT INTO outbox_aggregate_sequence (aggregate_id, last_sequence)
SELECT aggregate_id, max(aggregate_sequence) FROM outbox_event GROUP BY aggregate_id;

ALTER TABLE outbox_event ALTER COLUMN aggregate_sequence SET NOT NULL,
    ADD CONSTRAINT outbox_event_aggregate_sequence_positive CHECK (aggregate_sequence >= 1);

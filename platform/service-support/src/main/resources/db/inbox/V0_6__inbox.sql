-- The event inbox of the service platform: what a consumer has applied, written in the transaction that applies it.
-- Versioned below every service's own migrations (V1 and up), in a location each consuming service adds.

-- Every event applied, by its CloudEvents source and id: a redelivered event is found here and ignored.
CREATE TABLE inbox_event (
    source     varchar(255) NOT NULL,
    event_id   uuid         NOT NULL,
    type       varchar(255) NOT NULL,
    topic      varchar(255) NOT NULL,
    subject    varchar(255),
    sequence   bigint,
    applied_at timestamp with time zone NOT NULL,
    PRIMARY KEY (source, event_id)
);

-- How far each aggregate (an event's subject) has come: the last aggregatesequence applied or parked in order. A row
-- whose last_sequence is null has seen only events published before events carried one.
CREATE TABLE inbox_aggregate (
    source        varchar(255) NOT NULL,
    subject       varchar(255) NOT NULL,
    last_sequence bigint,
    updated_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (source, subject)
);

-- What an event costs to write, for imports that record hundreds of thousands of them. The relay reads the payload
-- back as text and never queries inside it: stored as json (the text as written, checked to be JSON) rather than
-- jsonb, whose binary form took about a third of the time of a COPY of events. Event ids are random UUIDs made by the
-- platform, never looked up: their unique index (a random insert per event) goes. The relay needs the rest: the
-- position (its order and what it marks sent), the unsent rows by position, and the sent rows by time for the purge.
-- Versioned with the platform's migrations, below the services' own: services apply it out of order
-- (quarkus.flyway.out-of-order, set for every service by the platform).
ALTER TABLE outbox_event ALTER COLUMN payload TYPE json USING payload::json;
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_event_id_key;

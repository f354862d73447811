-- The events applied move to the platform's inbox (db/inbox, inbox_event), which every consumer of the suite shares;
-- the inbox also keeps each aggregate's last sequence (inbox_aggregate).
INSERT INTO inbox_event (source, event_id, type, topic, applied_at)
    SELECT source, event_id, type, topic, applied_at FROM applied_event
    ON CONFLICT (source, event_id) DO NOTHING;
DROP TABLE applied_event;

-- "Newest" is decided by the producer's aggregate sequence, not by the event's time: a project's and a recommendation's
-- current state follow the event with the highest sequence; a project's status history is read in that order too, so
-- that fund status and country profiles agree. Null where the events applied carried none (they keep the order applied).
ALTER TABLE fund_project ADD COLUMN last_sequence bigint;
ALTER TABLE fund_recommendation ADD COLUMN last_sequence bigint;
ALTER TABLE fund_project_status ADD COLUMN aggregate_sequence bigint;

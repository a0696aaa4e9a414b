-- The outbox's delivery state (runs unchanged on H2 2.x and PostgreSQL 13+). A trigger is stored 'pending' in the
-- transaction of its assessment; the dispatcher makes it 'sent', 'dead' (dead-lettered after its last attempt
-- or a failure retrying cannot fix) or 'off' (its automation is switched off).
--   attempts         deliveries tried so far (a replay is not counted here but in replays)
--   next_attempt_at  when a failed attempt may be retried; null: as soon as possible
--   lease_owner/_until  the dispatcher delivering it now; a lease that ran out (a killed process) is free again
--   channel          where it went (or was to go)
--   last_error       the last failed attempt's reason; kept after a success for the record
ALTER TABLE triggers ADD COLUMN status VARCHAR(8) DEFAULT 'pending' NOT NULL;
ALTER TABLE triggers ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE triggers ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE triggers ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE triggers ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE triggers ADD COLUMN channel VARCHAR(100);
ALTER TABLE triggers ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE triggers ADD COLUMN replays INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE triggers ADD COLUMN replayed_at TIMESTAMP WITH TIME ZONE;

-- Every trigger delivered before this version went to the JSON-lines file.
UPDATE triggers SET status = 'sent', attempts = 1, channel = 'file' WHERE delivered_at IS NOT NULL;

DROP INDEX triggers_by_delivery;
CREATE INDEX triggers_by_status ON triggers (status, next_attempt_at);

-- Outcomes go to the partition of openecma.outcomes that the waiting ingress replica reads
-- (null: keyed by correlation id, as before), so the outbox can name a partition.
ALTER TABLE scim_request ADD COLUMN reply_partition integer;
ALTER TABLE outbox ADD COLUMN target_partition integer;

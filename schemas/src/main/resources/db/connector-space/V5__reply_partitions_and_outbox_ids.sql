-- Outcomes go to the partition of openecma.outcomes that the waiting ingress replica reads
-- (null: keyed by correlation id, as before), so the outbox can name a partition.
ALTER TABLE scim_request ADD COLUMN reply_partition integer;
ALTER TABLE outbox ADD COLUMN target_partition integer;

-- sync-core takes outbox ids fifty at a time (Hibernate's pooled sequence), so the outcomes of a
-- whole export batch are inserted in one JDBC batch instead of one round trip each.
ALTER SEQUENCE outbox_id_seq INCREMENT BY 50;

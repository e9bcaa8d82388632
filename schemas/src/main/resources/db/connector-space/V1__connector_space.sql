-- openecma connector space: the contract between sync-core (the only writer, applies these
-- migrations with Flyway at start) and scim-ingress (reads with SQL for GET and filters).
--
-- Reading rules for the ingress:
--  * One row per object per connector and object type ('User', 'Group', ...).
--  * `attributes` holds the values the target system is known to have (confirmed by an export
--    result or read by an import). Keys are the connector schema's canonical spelling (the
--    Schema script's attribute names; match SCIM names case-insensitively against the schema,
--    then use the canonical key). A single-valued attribute is a JSON scalar (string, number,
--    boolean; binary as base64 string, reference as DN/anchor string); a multi-valued one is a
--    JSON array of scalars. The anchor attribute is also a key of `attributes`.
--  * An object exists for SCIM (GET, filters) when `provisioned` is true. Soft-deleted objects
--    (`active` false) stay readable. Rows with provisioned = false are creates that have not
--    (yet) reached the target system: answer 404 for them.
--  * `pending_change` is sync-core's private working state; do not interpret it.
--
-- Filter indexes (decision): a GIN index with jsonb_path_ops on `attributes` serves exact,
-- case-sensitive containment for any attribute without knowing the schema:
--     attributes @> '{"userName": "jdoe"}'       (single-valued)
--     attributes @> '{"proxyAddresses": ["x"]}'   (multi-valued)
-- SCIM `eq` on string attributes is case-insensitive by default, which containment cannot serve.
-- For that sync-core creates, when it learns a connector's schema, one partial expression index
-- per single-valued string attribute of each object type:
--     CREATE INDEX ... ON cs_object (lower(attributes ->> '<attr>'))
--       WHERE connector = '<c>' AND object_type = '<t>'
-- and records it in cs_attribute_index. Queries that use them must be written exactly as
--     connector = ? AND object_type = ? AND lower(attributes ->> '<attr>') = lower(?)
-- (a query without a matching index still works; it scans the connector's rows).

CREATE TABLE cs_object (
    connector        text        NOT NULL,
    object_type      text        NOT NULL,
    anchor           text        NOT NULL,
    scim_id          text        NOT NULL,
    dn               text,
    attributes       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    state            text        NOT NULL,
    active           boolean     NOT NULL DEFAULT true,
    provisioned      boolean     NOT NULL DEFAULT false,
    -- sync-core private: the object exists in the target system (false before the first Add is
    -- confirmed, and after a Disable flow of Delete removed it while SCIM still sees it)
    in_target        boolean     NOT NULL DEFAULT false,
    -- exported but not yet seen by an import (Object Confirmation Normal)
    export_unconfirmed boolean   NOT NULL DEFAULT false,
    -- grows with every change applied to the row (SCIM change, export result, import)
    version          bigint      NOT NULL DEFAULT 1,
    -- sync-core private: the desired state not yet confirmed (see ExportPlanner)
    pending_change   jsonb,
    -- the export batch currently carrying this object, null when none is in flight
    in_flight_batch  uuid,
    in_flight_change jsonb,
    export_attempts  integer     NOT NULL DEFAULT 0,
    next_export_at   timestamptz,
    last_error       text,
    -- the full import run that last saw this object (mark and sweep of objects not seen)
    last_import_run  uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connector, object_type, anchor),
    CONSTRAINT cs_object_scim_id_unique UNIQUE (connector, object_type, scim_id),
    CONSTRAINT cs_object_state_check CHECK (state IN
        ('pending_add', 'pending_update', 'pending_delete', 'confirmed', 'soft_deleted', 'error'))
);

CREATE INDEX cs_object_attributes_gin ON cs_object USING gin (attributes jsonb_path_ops);
-- the batcher's queue: objects with a change to export and none in flight
CREATE INDEX cs_object_exportable ON cs_object (connector, next_export_at)
    WHERE pending_change IS NOT NULL AND in_flight_batch IS NULL AND state <> 'error';
CREATE INDEX cs_object_in_flight ON cs_object (in_flight_batch) WHERE in_flight_batch IS NOT NULL;
CREATE INDEX cs_object_state ON cs_object (connector, state);

-- Expression indexes sync-core created for case-insensitive SCIM eq (see above).
CREATE TABLE cs_attribute_index (
    connector   text        NOT NULL,
    object_type text        NOT NULL,
    attribute   text        NOT NULL,
    index_name  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connector, object_type, attribute)
);

-- One row per loaded connector. The ingress reads `status`:
--   'initial_import'  the first full import has not finished: answer SCIM requests 503 with
--                     Retry-After = retry_after_seconds
--   'ready'           serve normally
--   'invalid'         the definition folder did not validate (last_error says why)
--   'removed'         the folder is gone
CREATE TABLE connector_state (
    connector           text        PRIMARY KEY,
    status              text        NOT NULL,
    content_hash        text,
    definition          jsonb,
    snapshot_version    bigint      NOT NULL DEFAULT 0,
    schema              jsonb,
    schema_updated_at   timestamptz,
    schema_request_id   uuid,
    initial_import_done boolean     NOT NULL DEFAULT false,
    retry_after_seconds integer     NOT NULL DEFAULT 30,
    -- CustomData the last successful import ended with, passed to the next delta import
    watermark           text,
    last_full_import_at timestamptz,
    last_error          text,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT connector_state_status_check CHECK (status IN ('initial_import', 'ready', 'invalid', 'removed'))
);

-- Import run history (admin API) and the state of a running import.
CREATE TABLE import_run (
    run_id        uuid        PRIMARY KEY,
    connector     text        NOT NULL,
    import_type   text        NOT NULL,
    status        text        NOT NULL,
    trigger       text        NOT NULL,
    watermark_in  text,
    watermark_out text,
    pages         integer     NOT NULL DEFAULT 0,
    added         integer     NOT NULL DEFAULT 0,
    updated       integer     NOT NULL DEFAULT 0,
    deleted       integer     NOT NULL DEFAULT 0,
    errors        integer     NOT NULL DEFAULT 0,
    message       text,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    CONSTRAINT import_run_status_check CHECK (status IN ('running', 'completed', 'failed', 'stopped'))
);
CREATE INDEX import_run_connector ON import_run (connector, started_at DESC);

-- Export batches sent to workers, kept for results, retries, dead letters and history.
CREATE TABLE export_batch (
    batch_id     uuid        PRIMARY KEY,
    connector    text        NOT NULL,
    attempt      integer     NOT NULL,
    status       text        NOT NULL,
    item_count   integer     NOT NULL,
    succeeded    integer     NOT NULL DEFAULT 0,
    failed       integer     NOT NULL DEFAULT 0,
    payload      jsonb       NOT NULL,
    failure      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    CONSTRAINT export_batch_status_check CHECK (status IN ('sent', 'completed', 'retrying', 'dead'))
);
CREATE INDEX export_batch_connector ON export_batch (connector, created_at DESC);

-- SCIM requests waiting for (or answered with) an outcome. A retried identical request (same
-- fingerprint, the object's latest request, within the recognition window) is answered from
-- here instead of being applied again.
CREATE TABLE scim_request (
    correlation_id uuid        PRIMARY KEY,
    connector      text        NOT NULL,
    object_type    text        NOT NULL,
    anchor         text        NOT NULL,
    fingerprint    text,
    operation      text        NOT NULL,
    object_version bigint      NOT NULL,
    status         text        NOT NULL,
    outcome        jsonb,
    received_at    timestamptz NOT NULL DEFAULT now(),
    answered_at    timestamptz,
    CONSTRAINT scim_request_status_check CHECK (status IN ('waiting', 'answered'))
);
CREATE INDEX scim_request_object ON scim_request (connector, object_type, anchor, received_at DESC);
CREATE INDEX scim_request_waiting ON scim_request (connector, object_type, anchor) WHERE status = 'waiting';

-- Idempotency ledger: a message id a consumer applied, written in the same transaction as the
-- effect, so a redelivered message changes nothing.
CREATE TABLE processed_message (
    consumer   text        NOT NULL,
    message_id uuid        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);
CREATE INDEX processed_message_applied_at ON processed_message (applied_at);

-- What sync-core set aside (also published on openecma.dead-letters), for the admin API.
CREATE TABLE dead_letter (
    message_id     uuid        PRIMARY KEY,
    connector      text,
    original_topic text        NOT NULL,
    message_key    text,
    reason         text        NOT NULL,
    payload        text,
    failed_at      timestamptz NOT NULL DEFAULT now(),
    resolved_at    timestamptz
);

-- Transactional outbox: every message sync-core publishes is written here in the transaction
-- that decided it, and a relay sends it (idempotent producer, acks=all) and deletes the row after
-- the broker acknowledged it. Nothing is lost if sync-core stops between commit and send.
CREATE TABLE outbox (
    id          bigserial   PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text,
    payload     text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Import runs: entries the Import script flagged with an error, the time of the last page (the
-- stall timeout counts from it), and why a connector does not serve yet.

-- When the run's last page was applied; null before the first. A run is failed as stalled when no
-- page came for openecma.import.stall-timeout since this (or since started_at before any page).
ALTER TABLE import_run ADD COLUMN last_page_at timestamptz;

-- Entries an import run's pages carried flagged with an import error (ErrorCodeImport). They were
-- read from the target but not imported; the connector-space object they name, if any, counts as
-- seen by the run (a full import does not remove it as "not seen").
CREATE TABLE import_entry_error (
    run_id        uuid        NOT NULL REFERENCES import_run (run_id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    page_number   integer     NOT NULL,
    identifier    uuid,
    object_type   text,
    anchor        text,
    dn            text,
    error_code    text        NOT NULL,
    error_name    text,
    error_detail  text,
    -- the anchor of the connector-space object the entry was matched to (by anchor or DN), if any
    matched_anchor text,
    PRIMARY KEY (run_id, position)
);

-- Why the connector is not serving SCIM requests while status is 'initial_import', in words for
-- the 503's detail (for example the failure of the first import and when it is tried again);
-- null when there is nothing to add to "the first full import is running".
ALTER TABLE connector_state ADD COLUMN status_detail text;

-- Anchors an Export script changed. When the script returns a new value of the anchor attribute
-- (the target generated the id on Add, or renamed the object), sync-core moves the object's row
-- to the new anchor in the transaction that applies the result, and leaves here where the old
-- anchor went, so a request still carrying the old anchor (a SCIM change published before the
-- move, an identical POST retried after a timeout) finds the object instead of creating another.
--
-- The forward points at the object's SCIM id, which stays what Entra was given: it is derived
-- from the anchor the Add ended with and does not change when a later export renames the object
-- (GET /Users/{id} keeps working for the ingress, which reads cs_object.scim_id). A forward whose
-- SCIM id no longer exists leads nowhere and is ignored.
--
-- Private to sync-core; the ingress does not read this table.
CREATE TABLE cs_anchor_move (
    connector   text        NOT NULL,
    object_type text        NOT NULL,
    old_anchor  text        NOT NULL,
    scim_id     text        NOT NULL,
    moved_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connector, object_type, old_anchor)
);

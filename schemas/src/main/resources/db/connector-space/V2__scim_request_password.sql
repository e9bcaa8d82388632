-- A SCIM request that carried a password: its encrypted envelope (only the password-worker can
-- open it) waits here until the object's export succeeded; then sync-core sends the Password
-- script call (ECMA2Host exports an initial password in a second call after the Add) and answers
-- the request when the password result arrives.
ALTER TABLE scim_request ADD COLUMN password jsonb;
ALTER TABLE scim_request ADD COLUMN password_sent boolean NOT NULL DEFAULT false;

-- Tracing (off by default): the W3C trace context a message was decided in, so the outbox relay
-- sends it in the record's headers, and the context of the change an object waits to export, so
-- its export batch continues the SCIM request's trace. Null while tracing is off.
ALTER TABLE outbox ADD COLUMN traceparent text, ADD COLUMN tracestate text;
ALTER TABLE cs_object ADD COLUMN pending_trace text;

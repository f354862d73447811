-- The trace context current when the event was recorded (the request's span, W3C Trace Context), which the relay's
-- publication continues and the CloudEvent carries on to its consumers; null for an event recorded outside any trace.
-- Versioned with the platform's migrations, below the services' own: services apply it out of order.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55), ADD COLUMN tracestate VARCHAR(512);

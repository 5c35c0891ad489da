-- Platform tables every service has. None is tenant-scoped by RLS: the relay and the inbox work across
-- organizations, and the idempotency filter always filters by organization itself.

-- Transactional outbox: written in the same transaction as the state change, published by the relay in id order.
CREATE TABLE outbox_events (
    id              BIGSERIAL PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    topic           TEXT        NOT NULL,
    message_key     TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    payload         JSONB       NOT NULL,
    headers         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Inbox: one row per event a consumer has handled, committed with the handler's effect.
CREATE TABLE inbox_events (
    consumer        TEXT        NOT NULL,
    event_id        UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    handled_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_events_handled_at ON inbox_events (handled_at);

-- Idempotency keys: the first response to a key is kept and replayed for a retry with the same body.
CREATE TABLE idempotency_keys (
    organization_id  UUID        NOT NULL,
    idempotency_key  TEXT        NOT NULL,
    method           TEXT        NOT NULL,
    path             TEXT        NOT NULL,
    request_hash     TEXT        NOT NULL,
    response_status  INT         NOT NULL,
    response_type    TEXT,
    response_location TEXT,
    response_body    BYTEA       NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Row-level security for a tenant-owned table, in one call from a service's migration:
--   SELECT pitlane_enable_tenant_isolation('customers');
-- Rows are visible and writable only where organization_id equals the connection's app.organization_id.
CREATE OR REPLACE FUNCTION pitlane_enable_tenant_isolation(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (organization_id = '
        || 'NULLIF(current_setting(''app.organization_id'', true), '''')::uuid) WITH CHECK (organization_id = '
        || 'NULLIF(current_setting(''app.organization_id'', true), '''')::uuid)', tbl);
END;
$$;

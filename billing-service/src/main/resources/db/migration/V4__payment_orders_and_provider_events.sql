-- A payment link or order made at a payment provider for (part of) an invoice; the provider's capture of it
-- becomes a GATEWAY payment.
CREATE TABLE payment_orders (
    id                UUID PRIMARY KEY,
    organization_id   UUID          NOT NULL,
    invoice_id        UUID          NOT NULL REFERENCES invoices (id),
    provider          TEXT          NOT NULL,
    provider_order_id TEXT          NOT NULL,
    amount            NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    currency          TEXT          NOT NULL DEFAULT 'INR',
    link_url          TEXT          NOT NULL,
    status            TEXT          NOT NULL,
    payment_id        UUID REFERENCES payments (id),
    created_at        TIMESTAMPTZ   NOT NULL,
    created_by        TEXT          NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_payment_orders__status CHECK (status IN ('CREATED', 'PAID')),
    CONSTRAINT uq_payment_orders__provider_order_id UNIQUE (organization_id, provider, provider_order_id)
);
SELECT pitlane_enable_tenant_isolation('payment_orders');

-- Each provider event applied once: its row is written in the transaction of its effect, so a delivery repeated
-- (or delivered three times at once) finds it and changes nothing.
CREATE TABLE provider_events (
    organization_id UUID        NOT NULL,
    provider        TEXT        NOT NULL,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, provider, event_id)
);
SELECT pitlane_enable_tenant_isolation('provider_events');

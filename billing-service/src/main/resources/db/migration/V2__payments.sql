-- Money received from a customer: against an invoice (applied_amount), with anything beyond what the invoice had due
-- kept as the customer's advance (advance_amount), only when the payment was recorded as one.
CREATE TABLE payments (
    id                  UUID PRIMARY KEY,
    organization_id     UUID          NOT NULL,
    invoice_id          UUID REFERENCES invoices (id),
    customer_id         UUID          NOT NULL,
    method              TEXT          NOT NULL,
    amount              NUMERIC(14,2) NOT NULL,
    applied_amount      NUMERIC(14,2) NOT NULL,
    advance_amount      NUMERIC(14,2) NOT NULL,
    refunded_amount     NUMERIC(14,2) NOT NULL DEFAULT 0,
    reference           TEXT,
    provider            TEXT,
    provider_payment_id TEXT,
    currency            TEXT          NOT NULL DEFAULT 'INR',
    received_at         TIMESTAMPTZ   NOT NULL,
    recorded_by         TEXT          NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_payments__method CHECK (method IN ('CASH', 'CARD', 'UPI', 'BANK_TRANSFER', 'CHEQUE', 'GATEWAY')),
    CONSTRAINT ck_payments__amounts CHECK (amount > 0 AND applied_amount >= 0 AND advance_amount >= 0
        AND applied_amount + advance_amount = amount),
    CONSTRAINT ck_payments__refunded CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    CONSTRAINT ck_payments__invoice CHECK (invoice_id IS NOT NULL OR applied_amount = 0),
    -- a provider's payment is recorded once, however often its webhook or the reconciliation reports it
    CONSTRAINT uq_payments__provider_payment_id UNIQUE (organization_id, provider, provider_payment_id)
);
SELECT pitlane_enable_tenant_isolation('payments');
CREATE INDEX payments_by_invoice ON payments (organization_id, invoice_id);
CREATE INDEX payments_by_customer ON payments (organization_id, customer_id, received_at);

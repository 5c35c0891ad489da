-- A credit note corrects an issued invoice (CGST Act s.34): some or all of its lines, taxed as the invoice taxed
-- them, numbered from the center's own CREDIT_NOTE series when it is issued (it is issued at once).
CREATE TABLE credit_notes (
    id                UUID PRIMARY KEY,
    organization_id   UUID          NOT NULL,
    invoice_id        UUID          NOT NULL REFERENCES invoices (id),
    service_center_id UUID          NOT NULL,
    number            TEXT          NOT NULL,
    series_id         UUID          NOT NULL REFERENCES document_series (id),
    sequence_number   BIGINT        NOT NULL,
    financial_year    INT           NOT NULL,
    note_date         DATE          NOT NULL,
    reason            TEXT          NOT NULL,
    taxable_value     NUMERIC(14,2) NOT NULL,
    cgst              NUMERIC(14,2) NOT NULL,
    sgst              NUMERIC(14,2) NOT NULL,
    utgst             NUMERIC(14,2) NOT NULL,
    igst              NUMERIC(14,2) NOT NULL,
    round_off         NUMERIC(4,2)  NOT NULL,
    grand_total       NUMERIC(14,2) NOT NULL CHECK (grand_total > 0),
    issued_at         TIMESTAMPTZ   NOT NULL,
    issued_by         TEXT          NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_credit_notes__number UNIQUE (organization_id, financial_year, number),
    CONSTRAINT uq_credit_notes__sequence_number UNIQUE (organization_id, series_id, sequence_number)
);
SELECT pitlane_enable_tenant_isolation('credit_notes');
CREATE INDEX credit_notes_by_invoice ON credit_notes (organization_id, invoice_id);

CREATE TABLE credit_note_lines (
    id               UUID PRIMARY KEY,
    organization_id  UUID          NOT NULL,
    credit_note_id   UUID          NOT NULL REFERENCES credit_notes (id),
    position         INT           NOT NULL,
    invoice_position INT           NOT NULL,
    description      TEXT          NOT NULL,
    hsn_sac          TEXT          NOT NULL,
    quantity         NUMERIC(12,3) NOT NULL CHECK (quantity > 0),
    unit             TEXT          NOT NULL,
    gst_rate         NUMERIC(5,2)  NOT NULL,
    taxable_value    NUMERIC(14,2) NOT NULL,
    cgst             NUMERIC(14,2) NOT NULL,
    sgst             NUMERIC(14,2) NOT NULL,
    utgst            NUMERIC(14,2) NOT NULL,
    igst             NUMERIC(14,2) NOT NULL,
    line_total       NUMERIC(14,2) NOT NULL,
    CONSTRAINT uq_credit_note_lines__position UNIQUE (organization_id, credit_note_id, position)
);
SELECT pitlane_enable_tenant_isolation('credit_note_lines');

-- Money given back on a payment: never more than the payment brought in (payments.refunded_amount, under the
-- payment's row lock); taken from the payment's advance first, then from what it paid on the invoice.
CREATE TABLE refunds (
    id              UUID PRIMARY KEY,
    organization_id UUID          NOT NULL,
    payment_id      UUID          NOT NULL REFERENCES payments (id),
    invoice_id      UUID          NOT NULL REFERENCES invoices (id),
    amount          NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    from_invoice    NUMERIC(14,2) NOT NULL CHECK (from_invoice >= 0),
    reason          TEXT          NOT NULL,
    refunded_at     TIMESTAMPTZ   NOT NULL,
    refunded_by     TEXT          NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('refunds');
CREATE INDEX refunds_by_payment ON refunds (organization_id, payment_id);

-- The supplier's details a tax invoice prints for each service center (Rule 46(a)): legal name, address, GSTIN and
-- state. Set up by the organization; copied onto each invoice when it is issued, so a later change never alters an
-- issued invoice.
CREATE TABLE billing_centers (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    service_center_id UUID        NOT NULL,
    legal_name        TEXT        NOT NULL,
    trade_name        TEXT,
    address_line1     TEXT        NOT NULL,
    address_line2     TEXT,
    city              TEXT        NOT NULL,
    postal_code       TEXT        NOT NULL,
    state_code        TEXT        NOT NULL,
    gstin             TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_billing_centers__service_center_id UNIQUE (organization_id, service_center_id),
    CONSTRAINT ck_billing_centers__state_code CHECK (state_code ~ '^[0-9]{2}$')
);
SELECT pitlane_enable_tenant_isolation('billing_centers');

-- A numbering series: one per service center, document type and financial year (1 April - 31 March; the year it
-- starts in). last_number is the gapless counter: it moves only in the transaction that issues a document, under that
-- transaction's row lock, so a rolled-back issue gives its number back and a draft never takes one.
CREATE TABLE document_series (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    service_center_id UUID        NOT NULL,
    document_type     TEXT        NOT NULL,
    financial_year    INT         NOT NULL,
    prefix            TEXT        NOT NULL,
    number_width      INT         NOT NULL,
    last_number       BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_document_series__document_type CHECK (document_type IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_document_series__last_number CHECK (last_number >= 0),
    -- a number is prefix + zero-padded counter, at most 16 characters with 2 to spare for an amendment's suffix
    CONSTRAINT ck_document_series__length CHECK (length(prefix) + number_width <= 14 AND number_width BETWEEN 1 AND 10),
    CONSTRAINT uq_document_series__financial_year
        UNIQUE (organization_id, service_center_id, document_type, financial_year),
    -- numbers are unique per organization and financial year because prefixes are
    CONSTRAINT uq_document_series__prefix UNIQUE (organization_id, financial_year, prefix)
);
SELECT pitlane_enable_tenant_isolation('document_series');

CREATE TABLE invoices (
    id                       UUID PRIMARY KEY,
    organization_id          UUID          NOT NULL,
    service_center_id        UUID          NOT NULL,
    source                   TEXT          NOT NULL,
    job_card_id              UUID,
    job_card_number          TEXT,
    vehicle_id               UUID,
    customer_id              UUID          NOT NULL,
    status                   TEXT          NOT NULL,
    -- given at issue only
    number                   TEXT,
    series_id                UUID REFERENCES document_series (id),
    sequence_number          BIGINT,
    financial_year           INT,
    invoice_date             DATE,
    issued_at                TIMESTAMPTZ,
    issued_by                TEXT,
    -- the supplier as printed, copied from billing_centers at issue
    supplier_legal_name      TEXT,
    supplier_trade_name      TEXT,
    supplier_address_line1   TEXT,
    supplier_address_line2   TEXT,
    supplier_city            TEXT,
    supplier_postal_code     TEXT,
    supplier_state_code      TEXT,
    supplier_gstin           TEXT,
    -- the recipient (Rule 46(d)/(e)/(f))
    recipient_name           TEXT,
    recipient_address_line1  TEXT,
    recipient_address_line2  TEXT,
    recipient_city           TEXT,
    recipient_postal_code    TEXT,
    recipient_state_code     TEXT,
    recipient_gstin          TEXT,
    place_of_supply_state    TEXT          NOT NULL,
    place_of_supply_basis    TEXT          NOT NULL,
    supply_type              TEXT          NOT NULL,
    reverse_charge           BOOLEAN       NOT NULL DEFAULT false,
    rate_date                DATE          NOT NULL,
    taxable_value            NUMERIC(14,2) NOT NULL,
    cgst                     NUMERIC(14,2) NOT NULL,
    sgst                     NUMERIC(14,2) NOT NULL,
    utgst                    NUMERIC(14,2) NOT NULL,
    igst                     NUMERIC(14,2) NOT NULL,
    round_off                NUMERIC(4,2)  NOT NULL,
    grand_total              NUMERIC(14,2) NOT NULL,
    paid_amount              NUMERIC(14,2) NOT NULL DEFAULT 0,
    credited_amount          NUMERIC(14,2) NOT NULL DEFAULT 0,
    currency                 TEXT          NOT NULL DEFAULT 'INR',
    notes                    TEXT,
    created_at               TIMESTAMPTZ   NOT NULL,
    created_by               TEXT          NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_invoices__status CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED')),
    CONSTRAINT ck_invoices__source CHECK (source IN ('JOB_CARD', 'COUNTER_SALE', 'MANUAL')),
    CONSTRAINT ck_invoices__number CHECK ((status = 'DRAFT') = (number IS NULL)),
    -- the last wall against overpayment: money in (net of refunds) plus credit never exceeds what was invoiced
    CONSTRAINT ck_invoices__settled CHECK (paid_amount >= 0 AND credited_amount >= 0
        AND paid_amount + credited_amount <= grand_total),
    CONSTRAINT ck_invoices__round_off CHECK (round_off BETWEEN -0.50 AND 0.50),
    CONSTRAINT uq_invoices__number UNIQUE (organization_id, financial_year, number),
    CONSTRAINT uq_invoices__sequence_number UNIQUE (organization_id, series_id, sequence_number)
);
SELECT pitlane_enable_tenant_isolation('invoices');
-- one invoice per job card: a JobCardClosed seen twice (even past the inbox) makes no second draft
CREATE UNIQUE INDEX uq_invoices__job_card_id ON invoices (organization_id, job_card_id) WHERE job_card_id IS NOT NULL;
CREATE INDEX invoices_by_customer ON invoices (organization_id, customer_id, status);
CREATE INDEX invoices_by_status ON invoices (organization_id, status, created_at);

CREATE TABLE invoice_lines (
    id                 UUID PRIMARY KEY,
    organization_id    UUID          NOT NULL,
    invoice_id         UUID          NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    kind               TEXT          NOT NULL,
    item_id            UUID,
    description        TEXT          NOT NULL,
    hsn_sac            TEXT          NOT NULL,
    quantity           NUMERIC(12,3) NOT NULL CHECK (quantity > 0),
    unit               TEXT          NOT NULL,
    unit_price         NUMERIC(14,2) NOT NULL CHECK (unit_price >= 0),
    price_includes_tax BOOLEAN       NOT NULL DEFAULT false,
    discount_percent   NUMERIC(5,2),
    discount_amount    NUMERIC(14,2),
    -- worked out by the GST module; recomputed at issue with the rates of the invoice date
    gst_rate           NUMERIC(5,2)  NOT NULL,
    gross_amount       NUMERIC(14,2) NOT NULL,
    discount_value     NUMERIC(14,2) NOT NULL,
    taxable_value      NUMERIC(14,2) NOT NULL,
    cgst               NUMERIC(14,2) NOT NULL,
    sgst               NUMERIC(14,2) NOT NULL,
    utgst              NUMERIC(14,2) NOT NULL,
    igst               NUMERIC(14,2) NOT NULL,
    line_total         NUMERIC(14,2) NOT NULL,
    CONSTRAINT ck_invoice_lines__kind CHECK (kind IN ('LABOUR', 'PART', 'OTHER')),
    CONSTRAINT ck_invoice_lines__one_discount CHECK (discount_percent IS NULL OR discount_amount IS NULL),
    CONSTRAINT uq_invoice_lines__position UNIQUE (organization_id, invoice_id, position)
);
SELECT pitlane_enable_tenant_isolation('invoice_lines');

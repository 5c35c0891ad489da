-- Running document numbers (PO-000001, PI-000001, GR-000001) per organization.
CREATE TABLE document_sequences (
    organization_id UUID   NOT NULL,
    prefix          TEXT   NOT NULL,
    last_value      BIGINT NOT NULL,
    PRIMARY KEY (organization_id, prefix)
);
SELECT pitlane_enable_tenant_isolation('document_sequences');

CREATE TABLE suppliers (
    id                   UUID PRIMARY KEY,
    organization_id      UUID        NOT NULL,
    name                 TEXT        NOT NULL,
    contact_name         TEXT,
    email                TEXT,
    phone                TEXT,
    address_line1        TEXT,
    address_line2        TEXT,
    city                 TEXT,
    state                TEXT,
    postal_code          TEXT,
    gstin                TEXT,
    payment_terms_days   INT         NOT NULL,
    lead_time_days       INT         NOT NULL,
    notification_channel TEXT        NOT NULL,
    webhook_url          TEXT,
    -- needed in clear to sign webhook bodies; never returned by the API
    webhook_secret       TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT        NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    deleted_at           TIMESTAMPTZ,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_suppliers__notification_channel CHECK (notification_channel IN ('LOG', 'WEBHOOK'))
);
SELECT pitlane_enable_tenant_isolation('suppliers');
-- a deleted supplier's GSTIN may be registered again
CREATE UNIQUE INDEX uq_suppliers__gstin ON suppliers (organization_id, gstin) WHERE deleted_at IS NULL;
CREATE INDEX suppliers_by_name ON suppliers (organization_id, lower(name));

CREATE TABLE supplier_parts (
    organization_id      UUID          NOT NULL,
    supplier_id          UUID          NOT NULL REFERENCES suppliers (id),
    item_id              UUID          NOT NULL,
    item_sku             TEXT          NOT NULL,
    item_name            TEXT          NOT NULL,
    supplier_part_number TEXT          NOT NULL,
    unit_price           NUMERIC(19,4) NOT NULL CHECK (unit_price >= 0),
    tax_rate             NUMERIC(5,2)  NOT NULL CHECK (tax_rate >= 0 AND tax_rate <= 100),
    preferred            BOOLEAN       NOT NULL DEFAULT false,
    updated_at           TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (organization_id, supplier_id, item_id)
);
SELECT pitlane_enable_tenant_isolation('supplier_parts');
CREATE UNIQUE INDEX uq_supplier_parts__supplier_part_number
    ON supplier_parts (organization_id, supplier_id, supplier_part_number);
-- at most one preferred supplier per item: the one reorder suggestions go to
CREATE UNIQUE INDEX uq_supplier_parts__preferred ON supplier_parts (organization_id, item_id) WHERE preferred;
CREATE INDEX supplier_parts_by_item ON supplier_parts (organization_id, item_id);

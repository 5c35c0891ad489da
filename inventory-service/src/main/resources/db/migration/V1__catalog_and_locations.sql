-- Catalog (units, categories, items) and locations. Every tenant-owned table carries organization_id, in every
-- unique index too, and composite foreign keys (organization_id, x_id) so a row can never point into another
-- organization's data.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organization_settings (
    organization_id      UUID PRIMARY KEY,
    allow_negative_stock BOOLEAN     NOT NULL DEFAULT false,
    valuation_method     TEXT        NOT NULL DEFAULT 'MOVING_AVERAGE'
        CHECK (valuation_method IN ('MOVING_AVERAGE', 'FIFO')),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
SELECT pitlane_enable_tenant_isolation('organization_settings');

CREATE TABLE units (
    id              UUID PRIMARY KEY,
    organization_id UUID          NOT NULL,
    code            TEXT          NOT NULL,
    name            TEXT          NOT NULL,
    -- a derived unit is a whole number of factor x its base unit (box of 12 -> base pcs, factor 12)
    base_unit_id    UUID,
    factor          NUMERIC(18, 6) NOT NULL DEFAULT 1 CHECK (factor > 0),
    -- pcs are counted, litres and kilograms are measured
    fractional      BOOLEAN       NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_units__code UNIQUE (organization_id, code),
    CONSTRAINT uq_units__id UNIQUE (organization_id, id),
    CONSTRAINT fk_units__base_unit FOREIGN KEY (organization_id, base_unit_id) REFERENCES units (organization_id, id),
    CONSTRAINT ck_units__factor CHECK (base_unit_id IS NOT NULL OR factor = 1)
);
SELECT pitlane_enable_tenant_isolation('units');

CREATE TABLE categories (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    parent_id       UUID,
    name            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_categories__id UNIQUE (organization_id, id),
    CONSTRAINT uq_categories__name UNIQUE NULLS NOT DISTINCT (organization_id, parent_id, name),
    CONSTRAINT fk_categories__parent FOREIGN KEY (organization_id, parent_id) REFERENCES categories (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('categories');

CREATE TABLE items (
    id                 UUID PRIMARY KEY,
    organization_id    UUID          NOT NULL,
    sku                TEXT          NOT NULL,
    part_number        TEXT          NOT NULL,
    name               TEXT          NOT NULL,
    description        TEXT,
    brand              TEXT,
    category_id        UUID,
    unit_id            UUID          NOT NULL,
    hsn_code           TEXT,
    gst_rate           NUMERIC(5, 2) NOT NULL CHECK (gst_rate >= 0 AND gst_rate <= 40),
    barcode            TEXT,
    standard_cost      NUMERIC(18, 4) CHECK (standard_cost >= 0),
    last_purchase_cost NUMERIC(18, 4) CHECK (last_purchase_cost >= 0),
    selling_price      NUMERIC(18, 2) CHECK (selling_price >= 0),
    tracking_mode      TEXT          NOT NULL DEFAULT 'NONE' CHECK (tracking_mode IN ('NONE', 'BATCH', 'SERIAL')),
    shelf_life_days    INT CHECK (shelf_life_days > 0),
    superseded_by_id   UUID,
    deleted_at         TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT uq_items__id UNIQUE (organization_id, id),
    CONSTRAINT fk_items__category FOREIGN KEY (organization_id, category_id) REFERENCES categories (organization_id, id),
    CONSTRAINT fk_items__unit FOREIGN KEY (organization_id, unit_id) REFERENCES units (organization_id, id),
    CONSTRAINT fk_items__superseded_by FOREIGN KEY (organization_id, superseded_by_id) REFERENCES items (organization_id, id),
    CONSTRAINT ck_items__not_superseded_by_itself CHECK (superseded_by_id IS DISTINCT FROM id)
);
-- a deleted item frees its SKU, part number and barcode for a new one
CREATE UNIQUE INDEX uq_items__sku ON items (organization_id, lower(sku)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_items__part_number ON items (organization_id, lower(part_number)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_items__barcode ON items (organization_id, barcode) WHERE deleted_at IS NULL AND barcode IS NOT NULL;
CREATE INDEX items_name_trgm ON items USING gin (lower(name) gin_trgm_ops);
CREATE INDEX items_category ON items (organization_id, category_id);
SELECT pitlane_enable_tenant_isolation('items');

CREATE TABLE locations (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    code              TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    type              TEXT        NOT NULL CHECK (type IN ('CENTRAL_WAREHOUSE', 'SERVICE_CENTER_STORE')),
    service_center_id UUID,
    address           TEXT,
    active            BOOLEAN     NOT NULL DEFAULT true,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_locations__id UNIQUE (organization_id, id),
    CONSTRAINT uq_locations__code UNIQUE (organization_id, code),
    -- a store belongs to exactly one service center; a warehouse to none
    CONSTRAINT ck_locations__service_center CHECK ((type = 'SERVICE_CENTER_STORE') = (service_center_id IS NOT NULL))
);
SELECT pitlane_enable_tenant_isolation('locations');

CREATE TABLE bins (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    code            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_bins__id UNIQUE (organization_id, id),
    CONSTRAINT uq_bins__code UNIQUE (organization_id, location_id, code),
    CONSTRAINT fk_bins__location FOREIGN KEY (organization_id, location_id) REFERENCES locations (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('bins');

-- Prices with the day they take effect: a price list sets them (quarterly, from the OEM), the item keeps today's,
-- and every earlier price stays, so a document of an earlier day can still be priced as it was.
CREATE TABLE item_prices (
    organization_id UUID           NOT NULL,
    item_id         UUID           NOT NULL,
    effective_from  DATE           NOT NULL,
    selling_price   NUMERIC(18, 2) CHECK (selling_price >= 0),
    standard_cost   NUMERIC(18, 4) CHECK (standard_cost >= 0),
    recorded_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    recorded_by     TEXT           NOT NULL,
    import_job_id   UUID,
    PRIMARY KEY (organization_id, item_id, effective_from),
    CONSTRAINT fk_item_prices__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('item_prices');

-- An import looks up a chunk of items by SKU and part number, case-insensitively. Under row-level security a
-- condition on lower(sku) cannot use an index (lower() is not leakproof, so PostgreSQL applies it only after the
-- tenant policy, row by row); the lower-cased keys as columns of their own are compared with texteq, which is.
ALTER TABLE items
    ADD COLUMN sku_key         TEXT GENERATED ALWAYS AS (lower(sku)) STORED,
    ADD COLUMN part_number_key TEXT GENERATED ALWAYS AS (lower(part_number)) STORED;
CREATE INDEX items_sku_key ON items (organization_id, sku_key) WHERE deleted_at IS NULL;
CREATE INDEX items_part_number_key ON items (organization_id, part_number_key) WHERE deleted_at IS NULL;

-- Per-organization purchasing rules; an organization without a row uses the defaults of application.yml.
CREATE TABLE procurement_settings (
    organization_id                UUID PRIMARY KEY,
    approval_limit                 NUMERIC(19,2) NOT NULL CHECK (approval_limit >= 0),
    over_receipt_tolerance_percent NUMERIC(5,2)  NOT NULL CHECK (over_receipt_tolerance_percent >= 0),
    updated_at                     TIMESTAMPTZ   NOT NULL,
    updated_by                     TEXT          NOT NULL,
    version                        BIGINT        NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('procurement_settings');

CREATE TABLE purchase_orders (
    id                     UUID PRIMARY KEY,
    organization_id        UUID          NOT NULL,
    number                 TEXT          NOT NULL,
    supplier_id            UUID          NOT NULL REFERENCES suppliers (id),
    delivery_location_id   UUID          NOT NULL,
    status                 TEXT          NOT NULL,
    origin                 TEXT          NOT NULL,
    currency               TEXT          NOT NULL,
    subtotal               NUMERIC(19,2) NOT NULL,
    tax_total              NUMERIC(19,2) NOT NULL,
    total                  NUMERIC(19,2) NOT NULL,
    expected_delivery_date DATE,
    notes                  TEXT,
    created_by             TEXT          NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    submitted_by           TEXT,
    approved_by            TEXT,
    approved_at            TIMESTAMPTZ,
    ordered_at             TIMESTAMPTZ,
    closed_reason          TEXT,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_purchase_orders__number UNIQUE (organization_id, number)
);
SELECT pitlane_enable_tenant_isolation('purchase_orders');
CREATE INDEX purchase_orders_by_status ON purchase_orders (organization_id, status, created_at);
CREATE INDEX purchase_orders_by_supplier ON purchase_orders (organization_id, supplier_id, status);

CREATE TABLE purchase_order_lines (
    id                UUID PRIMARY KEY,
    organization_id   UUID          NOT NULL,
    purchase_order_id UUID          NOT NULL REFERENCES purchase_orders (id),
    line_number       INT           NOT NULL,
    item_id           UUID          NOT NULL,
    sku               TEXT          NOT NULL,
    description       TEXT          NOT NULL,
    quantity          NUMERIC(18,3) NOT NULL CHECK (quantity > 0),
    unit_price        NUMERIC(19,4) NOT NULL CHECK (unit_price >= 0),
    tax_rate          NUMERIC(5,2)  NOT NULL,
    net_amount        NUMERIC(19,2) NOT NULL,
    tax_amount        NUMERIC(19,2) NOT NULL,
    total_amount      NUMERIC(19,2) NOT NULL,
    received_quantity NUMERIC(18,3) NOT NULL DEFAULT 0,
    rejected_quantity NUMERIC(18,3) NOT NULL DEFAULT 0,
    CONSTRAINT uq_purchase_order_lines__item_id UNIQUE (organization_id, purchase_order_id, item_id)
);
SELECT pitlane_enable_tenant_isolation('purchase_order_lines');
CREATE INDEX purchase_order_lines_by_order ON purchase_order_lines (purchase_order_id, line_number);
CREATE INDEX purchase_order_lines_by_item ON purchase_order_lines (organization_id, item_id);

CREATE TABLE purchase_order_status_changes (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    purchase_order_id UUID        NOT NULL REFERENCES purchase_orders (id),
    from_status       TEXT,
    to_status         TEXT        NOT NULL,
    actor             TEXT        NOT NULL,
    note              TEXT,
    changed_at        TIMESTAMPTZ NOT NULL
);
SELECT pitlane_enable_tenant_isolation('purchase_order_status_changes');
CREATE INDEX purchase_order_status_changes_by_order ON purchase_order_status_changes (purchase_order_id, id);

CREATE TABLE goods_receipts (
    id                   UUID PRIMARY KEY,
    organization_id      UUID        NOT NULL,
    number               TEXT        NOT NULL,
    purchase_order_id    UUID        NOT NULL REFERENCES purchase_orders (id),
    supplier_id          UUID        NOT NULL,
    location_id          UUID        NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    received_by          TEXT        NOT NULL,
    delivery_note_number TEXT,
    note                 TEXT,
    CONSTRAINT uq_goods_receipts__number UNIQUE (organization_id, number)
);
SELECT pitlane_enable_tenant_isolation('goods_receipts');
CREATE INDEX goods_receipts_by_order ON goods_receipts (purchase_order_id, received_at);
CREATE INDEX goods_receipts_by_period ON goods_receipts (organization_id, received_at);

CREATE TABLE goods_receipt_lines (
    id                     UUID PRIMARY KEY,
    organization_id        UUID          NOT NULL,
    goods_receipt_id       UUID          NOT NULL REFERENCES goods_receipts (id),
    purchase_order_line_id UUID          NOT NULL REFERENCES purchase_order_lines (id),
    item_id                UUID          NOT NULL,
    received_quantity      NUMERIC(18,3) NOT NULL,
    rejected_quantity      NUMERIC(18,3) NOT NULL,
    accepted_quantity      NUMERIC(18,3) NOT NULL,
    unit_cost              NUMERIC(19,4) NOT NULL,
    net_amount             NUMERIC(19,2) NOT NULL,
    tax_amount             NUMERIC(19,2) NOT NULL,
    rejection_reason       TEXT
);
SELECT pitlane_enable_tenant_isolation('goods_receipt_lines');
CREATE INDEX goods_receipt_lines_by_receipt ON goods_receipt_lines (goods_receipt_id);

-- One row per attempt to tell a supplier about an order, so a failed webhook is visible and can be resent.
CREATE TABLE supplier_notifications (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    purchase_order_id UUID        NOT NULL REFERENCES purchase_orders (id),
    supplier_id       UUID        NOT NULL,
    channel           TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    detail            TEXT,
    attempted_at      TIMESTAMPTZ NOT NULL,
    attempted_by      TEXT        NOT NULL
);
SELECT pitlane_enable_tenant_isolation('supplier_notifications');
CREATE INDEX supplier_notifications_by_order ON supplier_notifications (purchase_order_id, attempted_at);

-- What each StockLow event led to, so reorder suggestions can be audited.
CREATE TABLE reorder_suggestions (
    id                UUID PRIMARY KEY,
    organization_id   UUID          NOT NULL,
    event_id          UUID          NOT NULL,
    item_id           UUID          NOT NULL,
    location_id       UUID          NOT NULL,
    available         NUMERIC(18,3),
    reorder_level     NUMERIC(18,3),
    reorder_quantity  NUMERIC(18,3),
    outcome           TEXT          NOT NULL,
    supplier_id       UUID,
    purchase_order_id UUID,
    created_at        TIMESTAMPTZ   NOT NULL
);
SELECT pitlane_enable_tenant_isolation('reorder_suggestions');
CREATE INDEX reorder_suggestions_by_time ON reorder_suggestions (organization_id, created_at DESC);

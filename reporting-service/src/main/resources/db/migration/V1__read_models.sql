-- reporting-service's read models. Every row here comes from another service's events (never from its database)
-- and can be thrown away and rebuilt by replaying the topics: nothing here is a source of truth.

-- The events a read model with running totals has applied. The live consumer and a rebuild's replay may meet the
-- same event; this row lets exactly one of them add it. (Fact tables keyed by the event's own ids need none.)
CREATE TABLE applied_events (
    organization_id UUID NOT NULL,
    model           TEXT NOT NULL,
    event_id        UUID NOT NULL,
    PRIMARY KEY (organization_id, model, event_id)
);
SELECT pitlane_enable_tenant_isolation('applied_events');

-- The latest stock of an item at a location, as its last StockChanged told it (read model "stock").
CREATE TABLE stock_positions (
    organization_id UUID          NOT NULL,
    item_id         UUID          NOT NULL,
    location_id     UUID          NOT NULL,
    on_hand         NUMERIC(19,3) NOT NULL,
    reserved        NUMERIC(19,3) NOT NULL,
    in_transit      NUMERIC(19,3) NOT NULL,
    -- null: the last event came from an inventory that did not publish values yet
    value           NUMERIC(19,4),
    -- from the last StockLow: what "low" means for this position until the next one
    reorder_level   NUMERIC(19,3),
    low             BOOLEAN       NOT NULL DEFAULT false,
    last_moved_at   TIMESTAMPTZ,
    -- the Kafka offset of the event this row shows: an item's events share a partition (they are keyed by item),
    -- so a replay running beside the live consumer never puts an older state over a newer one
    source_offset   BIGINT        NOT NULL,
    PRIMARY KEY (organization_id, item_id, location_id)
);
SELECT pitlane_enable_tenant_isolation('stock_positions');
CREATE INDEX stock_positions_by_location ON stock_positions (organization_id, location_id);

-- Stock moved per business day, item and location (read model "stock"): in and out kept apart, quantities in the
-- item's base unit, values in the organization's currency.
CREATE TABLE stock_movements_daily (
    organization_id UUID          NOT NULL,
    day             DATE          NOT NULL,
    item_id         UUID          NOT NULL,
    location_id     UUID          NOT NULL,
    quantity_in     NUMERIC(19,3) NOT NULL,
    quantity_out    NUMERIC(19,3) NOT NULL,
    value_in        NUMERIC(19,4) NOT NULL,
    value_out       NUMERIC(19,4) NOT NULL,
    movements       INT           NOT NULL,
    PRIMARY KEY (organization_id, day, item_id, location_id)
);
SELECT pitlane_enable_tenant_isolation('stock_movements_daily');
CREATE INDEX stock_movements_daily_by_item ON stock_movements_daily (organization_id, item_id, day);

-- One row per accepted goods-receipt line (read model "supplier-purchases"), from PurchaseOrderReceived.
CREATE TABLE supplier_purchases (
    organization_id       UUID          NOT NULL,
    receipt_id            UUID          NOT NULL,
    line_id               UUID          NOT NULL,
    receipt_number        TEXT          NOT NULL,
    purchase_order_id     UUID          NOT NULL,
    purchase_order_number TEXT          NOT NULL,
    supplier_id           UUID          NOT NULL,
    item_id               UUID          NOT NULL,
    sku                   TEXT,
    location_id           UUID          NOT NULL,
    received_at           TIMESTAMPTZ   NOT NULL,
    quantity              NUMERIC(19,3) NOT NULL,
    unit_cost             NUMERIC(19,4) NOT NULL,
    currency              TEXT          NOT NULL,
    net_amount            NUMERIC(19,2) NOT NULL,
    -- null: the event came from a procurement that did not publish tax yet
    tax_amount            NUMERIC(19,2),
    PRIMARY KEY (organization_id, receipt_id, line_id)
);
SELECT pitlane_enable_tenant_isolation('supplier_purchases');
CREATE INDEX supplier_purchases_by_time ON supplier_purchases (organization_id, received_at);

-- Customers as their events tell (read model "customers"): enough to count them.
CREATE TABLE customers (
    organization_id UUID        NOT NULL,
    customer_id     UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    deleted         BOOLEAN     NOT NULL,
    -- as stock_positions.source_offset: a customer's events are keyed by the customer
    source_offset   BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, customer_id)
);
SELECT pitlane_enable_tenant_isolation('customers');

-- Rebuilds asked for by an organization's admin, and how they went.
CREATE TABLE model_rebuilds (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    model           TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    requested_by    TEXT        NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    events_applied  BIGINT      NOT NULL DEFAULT 0,
    error           TEXT,
    CONSTRAINT ck_model_rebuilds__status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
SELECT pitlane_enable_tenant_isolation('model_rebuilds');
-- one running rebuild per model and organization
CREATE UNIQUE INDEX uq_model_rebuilds__model ON model_rebuilds (organization_id, model) WHERE status = 'RUNNING';

-- The organizations the read models hold, for the rebuild command, which resets every organization's rows: the
-- application role sees one organization at a time, so this one question is asked as the tables' owner. It
-- answers ids only, never a row.
CREATE FUNCTION reporting_organizations() RETURNS SETOF UUID
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT organization_id FROM stock_positions
    UNION SELECT organization_id FROM stock_movements_daily
    UNION SELECT organization_id FROM supplier_purchases
    UNION SELECT organization_id FROM customers
$$;

-- The stock engine. Quantities are NUMERIC(18,3) in the item's base unit, money NUMERIC(20,4).
--
-- stock_balances holds the state per (organization, item, location); stock_ledger the append-only history.
-- The application changes a balance only in the transaction that appends the ledger rows explaining the change,
-- holding the balance rows FOR UPDATE (locked in key order). The CHECK constraints below are the last wall if a
-- bug ever tried otherwise. Ledger rows carry deltas only, never a running balance: a back-dated entry changes
-- nothing already written.

CREATE TABLE stock_balances (
    organization_id  UUID           NOT NULL,
    item_id          UUID           NOT NULL,
    location_id      UUID           NOT NULL,
    on_hand          NUMERIC(18, 3) NOT NULL DEFAULT 0,
    reserved         NUMERIC(18, 3) NOT NULL DEFAULT 0,
    in_transit       NUMERIC(18, 3) NOT NULL DEFAULT 0,
    -- value of what is on hand and in transit to this location, at cost
    value            NUMERIC(20, 4) NOT NULL DEFAULT 0,
    -- copied from organization_settings so that a CHECK can enforce the organization's rule on every row
    negative_allowed BOOLEAN        NOT NULL DEFAULT false,
    reorder_level    NUMERIC(18, 3) CHECK (reorder_level >= 0),
    reorder_quantity NUMERIC(18, 3) CHECK (reorder_quantity > 0),
    -- set when available fell below the reorder level and StockLow was published; cleared when it rises again
    low_stock        BOOLEAN        NOT NULL DEFAULT false,
    last_movement_at TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, item_id, location_id),
    CONSTRAINT fk_stock_balances__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id),
    CONSTRAINT fk_stock_balances__location FOREIGN KEY (organization_id, location_id)
        REFERENCES locations (organization_id, id),
    CONSTRAINT ck_stock_balances__reserved CHECK (reserved >= 0),
    CONSTRAINT ck_stock_balances__in_transit CHECK (in_transit >= 0),
    CONSTRAINT ck_stock_balances__on_hand CHECK (negative_allowed OR on_hand >= 0),
    CONSTRAINT ck_stock_balances__available CHECK (negative_allowed OR reserved <= on_hand)
);
CREATE INDEX stock_balances_location ON stock_balances (organization_id, location_id, item_id);
SELECT pitlane_enable_tenant_isolation('stock_balances');

CREATE TABLE stock_ledger (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id      UUID           NOT NULL,
    movement_id          UUID           NOT NULL,
    movement_type        TEXT           NOT NULL CHECK (movement_type IN ('IN', 'OUT', 'TRANSFER', 'ADJUSTMENT')),
    item_id              UUID           NOT NULL,
    location_id          UUID           NOT NULL,
    -- change of on hand, and of in transit towards this location
    quantity             NUMERIC(18, 3) NOT NULL,
    in_transit_delta     NUMERIC(18, 3) NOT NULL DEFAULT 0,
    value_delta          NUMERIC(20, 4) NOT NULL,
    unit_cost            NUMERIC(18, 4),
    reason               TEXT,
    batch_id             UUID,
    serial_numbers       TEXT[],
    bin_id               UUID,
    reservation_id       UUID,
    source_document_type TEXT,
    source_document_id   TEXT,
    note                 TEXT,
    posted_by            TEXT           NOT NULL,
    posted_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    effective_at         TIMESTAMPTZ    NOT NULL,
    CONSTRAINT ck_stock_ledger__change CHECK (quantity <> 0 OR in_transit_delta <> 0),
    CONSTRAINT ck_stock_ledger__reason CHECK (movement_type <> 'ADJUSTMENT' OR reason IS NOT NULL)
);
CREATE INDEX stock_ledger_key ON stock_ledger (organization_id, item_id, location_id, id);
CREATE INDEX stock_ledger_location ON stock_ledger (organization_id, location_id, id);
CREATE INDEX stock_ledger_movement ON stock_ledger (organization_id, movement_id);
CREATE INDEX stock_ledger_source ON stock_ledger (organization_id, source_document_id) WHERE source_document_id IS NOT NULL;
SELECT pitlane_enable_tenant_isolation('stock_ledger');

CREATE FUNCTION stock_ledger_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_ledger is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER stock_ledger_no_update_or_delete BEFORE UPDATE OR DELETE ON stock_ledger
    FOR EACH ROW EXECUTE FUNCTION stock_ledger_is_append_only();
CREATE TRIGGER stock_ledger_no_truncate BEFORE TRUNCATE ON stock_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION stock_ledger_is_append_only();

-- Moving average per item and organization: the quantity and value owned (on hand and in transit, all locations).
CREATE TABLE item_costs (
    organization_id  UUID           NOT NULL,
    item_id          UUID           NOT NULL,
    valuation_method TEXT           NOT NULL DEFAULT 'MOVING_AVERAGE'
        CHECK (valuation_method IN ('MOVING_AVERAGE', 'FIFO')),
    quantity         NUMERIC(18, 3) NOT NULL DEFAULT 0,
    value            NUMERIC(20, 4) NOT NULL DEFAULT 0,
    average_cost     NUMERIC(18, 4) NOT NULL DEFAULT 0 CHECK (average_cost >= 0),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, item_id),
    CONSTRAINT fk_item_costs__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('item_costs');

-- FIFO cost layers, for organizations that value by FIFO: each IN adds one, each OUT consumes the oldest.
CREATE TABLE cost_layers (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id    UUID           NOT NULL,
    item_id            UUID           NOT NULL,
    movement_id        UUID,
    received_at        TIMESTAMPTZ    NOT NULL,
    unit_cost          NUMERIC(18, 4) NOT NULL CHECK (unit_cost >= 0),
    quantity_remaining NUMERIC(18, 3) NOT NULL CHECK (quantity_remaining >= 0)
);
CREATE INDEX cost_layers_open ON cost_layers (organization_id, item_id, id) WHERE quantity_remaining > 0;
SELECT pitlane_enable_tenant_isolation('cost_layers');

-- Totals per location, so that the valuation "as of day D" and the stock summary never aggregate the ledger or the
-- balances: valuation_daily holds the value delta of each (location, business day), so D's value is the sum of the
-- rows up to D (locations x days rows, however long the ledger); location_totals counts the items a location has in
-- stock, reserved, in transit, low and negative. A back-dated posting adds its delta to its own day; nothing later
-- is rewritten.
--
-- Postings never update these rows (every posting at a location would queue on them): they append their deltas to
-- totals_pending, which fold_totals_pending() moves into the totals every few seconds. A reader sums the totals and
-- the pending deltas in one snapshot, so it sees every committed posting exactly once.
CREATE TABLE valuation_daily (
    organization_id UUID           NOT NULL,
    location_id     UUID           NOT NULL,
    day             DATE           NOT NULL,
    value_delta     NUMERIC(20, 4) NOT NULL,
    PRIMARY KEY (organization_id, location_id, day)
);
SELECT pitlane_enable_tenant_isolation('valuation_daily');

CREATE TABLE location_totals (
    organization_id  UUID   NOT NULL,
    location_id      UUID   NOT NULL,
    items_in_stock   BIGINT NOT NULL DEFAULT 0,
    items_reserved   BIGINT NOT NULL DEFAULT 0,
    items_in_transit BIGINT NOT NULL DEFAULT 0,
    items_low        BIGINT NOT NULL DEFAULT 0,
    items_negative   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, location_id)
);
SELECT pitlane_enable_tenant_isolation('location_totals');

CREATE TABLE totals_pending (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  UUID           NOT NULL,
    location_id      UUID           NOT NULL,
    day              DATE           NOT NULL,
    value_delta      NUMERIC(20, 4) NOT NULL DEFAULT 0,
    in_stock_delta   INT            NOT NULL DEFAULT 0,
    reserved_delta   INT            NOT NULL DEFAULT 0,
    in_transit_delta INT            NOT NULL DEFAULT 0,
    low_delta        INT            NOT NULL DEFAULT 0,
    negative_delta   INT            NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('totals_pending');

-- Runs for every organization at once, so it belongs to the owner (row-level security does not restrict it). Rows
-- of transactions still in flight are invisible here and are folded by a later run; SKIP LOCKED lets two replicas
-- fold side by side, and both upserts take their rows in key order.
CREATE FUNCTION fold_totals_pending(batch INT) RETURNS INT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    folded INT;
BEGIN
    WITH moved AS (
        DELETE FROM totals_pending WHERE id IN (
            SELECT id FROM totals_pending ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED)
        RETURNING *
    ), day_values AS (
        INSERT INTO valuation_daily (organization_id, location_id, day, value_delta)
        SELECT organization_id, location_id, day, sum(value_delta) FROM moved
        GROUP BY organization_id, location_id, day HAVING sum(value_delta) <> 0
        ORDER BY organization_id, location_id, day
        ON CONFLICT (organization_id, location_id, day)
        DO UPDATE SET value_delta = valuation_daily.value_delta + EXCLUDED.value_delta
    ), counts AS (
        INSERT INTO location_totals (organization_id, location_id, items_in_stock, items_reserved, items_in_transit,
                                     items_low, items_negative)
        SELECT organization_id, location_id, sum(in_stock_delta), sum(reserved_delta), sum(in_transit_delta),
               sum(low_delta), sum(negative_delta)
        FROM moved GROUP BY organization_id, location_id ORDER BY organization_id, location_id
        ON CONFLICT (organization_id, location_id) DO UPDATE SET
            items_in_stock = location_totals.items_in_stock + EXCLUDED.items_in_stock,
            items_reserved = location_totals.items_reserved + EXCLUDED.items_reserved,
            items_in_transit = location_totals.items_in_transit + EXCLUDED.items_in_transit,
            items_low = location_totals.items_low + EXCLUDED.items_low,
            items_negative = location_totals.items_negative + EXCLUDED.items_negative
    )
    SELECT count(*) INTO folded FROM moved;
    RETURN folded;
END;
$$;

CREATE TABLE batches (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    item_id         UUID        NOT NULL,
    batch_number    TEXT        NOT NULL,
    expires_on      DATE,
    manufactured_on DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_batches__id UNIQUE (organization_id, id),
    CONSTRAINT uq_batches__batch_number UNIQUE (organization_id, item_id, batch_number),
    CONSTRAINT fk_batches__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('batches');

-- Per batch split of a balance; changed only under the lock of its stock_balances row.
CREATE TABLE batch_balances (
    organization_id UUID           NOT NULL,
    item_id         UUID           NOT NULL,
    location_id     UUID           NOT NULL,
    batch_id        UUID           NOT NULL,
    on_hand         NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    in_transit      NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (in_transit >= 0),
    PRIMARY KEY (organization_id, item_id, location_id, batch_id),
    CONSTRAINT fk_batch_balances__batch FOREIGN KEY (organization_id, batch_id) REFERENCES batches (organization_id, id),
    CONSTRAINT fk_batch_balances__balance FOREIGN KEY (organization_id, item_id, location_id)
        REFERENCES stock_balances (organization_id, item_id, location_id)
);
SELECT pitlane_enable_tenant_isolation('batch_balances');

-- One row per serial number: where it is now. The primary key makes a serial number unique in the organization
-- (per item), the single location column makes it impossible to be in two places.
CREATE TABLE serial_numbers (
    organization_id UUID        NOT NULL,
    item_id         UUID        NOT NULL,
    serial_number   TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('IN_STOCK', 'IN_TRANSIT', 'ISSUED')),
    location_id     UUID,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_serial_numbers__serial_number PRIMARY KEY (organization_id, item_id, serial_number),
    CONSTRAINT fk_serial_numbers__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id),
    CONSTRAINT ck_serial_numbers__location CHECK ((status = 'ISSUED') = (location_id IS NULL))
);
CREATE INDEX serial_numbers_location ON serial_numbers (organization_id, item_id, location_id);
SELECT pitlane_enable_tenant_isolation('serial_numbers');

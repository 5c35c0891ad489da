CREATE TABLE reservations (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    reference_type  TEXT        NOT NULL CHECK (reference_type IN ('JOB_CARD', 'PARTS_ISSUE', 'SALES_ORDER')),
    reference_id    TEXT        NOT NULL,
    location_id     UUID        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CONSUMED', 'RELEASED', 'EXPIRED')),
    expires_at      TIMESTAMPTZ,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at       TIMESTAMPTZ,
    CONSTRAINT uq_reservations__id UNIQUE (organization_id, id),
    CONSTRAINT fk_reservations__location FOREIGN KEY (organization_id, location_id)
        REFERENCES locations (organization_id, id)
);
CREATE INDEX reservations_reference ON reservations (organization_id, reference_type, reference_id);
CREATE INDEX reservations_expiry ON reservations (expires_at) WHERE status = 'ACTIVE' AND expires_at IS NOT NULL;
SELECT pitlane_enable_tenant_isolation('reservations');

CREATE TABLE reservation_lines (
    organization_id    UUID           NOT NULL,
    reservation_id     UUID           NOT NULL,
    line_no            INT            NOT NULL,
    line_id            UUID,
    item_id            UUID           NOT NULL,
    requested_quantity NUMERIC(18, 3) NOT NULL CHECK (requested_quantity > 0),
    quantity           NUMERIC(18, 3) NOT NULL CHECK (quantity >= 0),
    consumed_quantity  NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (consumed_quantity >= 0),
    released_quantity  NUMERIC(18, 3) NOT NULL DEFAULT 0 CHECK (released_quantity >= 0),
    PRIMARY KEY (organization_id, reservation_id, line_no),
    CONSTRAINT fk_reservation_lines__reservation FOREIGN KEY (organization_id, reservation_id)
        REFERENCES reservations (organization_id, id),
    CONSTRAINT ck_reservation_lines__within_requested CHECK (quantity <= requested_quantity),
    CONSTRAINT ck_reservation_lines__settled CHECK (consumed_quantity + released_quantity <= quantity)
);
SELECT pitlane_enable_tenant_isolation('reservation_lines');

-- The expiry job runs for no organization in particular: this function (owned by the migrating role, which row
-- level security does not restrict) tells it which organizations have expired reservations; it then works as each.
CREATE FUNCTION organizations_with_expired_reservations(at TIMESTAMPTZ) RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT organization_id FROM reservations
    WHERE status = 'ACTIVE' AND expires_at IS NOT NULL AND expires_at <= at
$$;

CREATE TABLE cycle_counts (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'CANCELLED')),
    note            TEXT,
    counted_by      TEXT        NOT NULL,
    counted_at      TIMESTAMPTZ NOT NULL,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    movement_id     UUID,
    CONSTRAINT uq_cycle_counts__id UNIQUE (organization_id, id),
    CONSTRAINT fk_cycle_counts__location FOREIGN KEY (organization_id, location_id)
        REFERENCES locations (organization_id, id)
);
CREATE INDEX cycle_counts_location ON cycle_counts (organization_id, location_id, counted_at);
SELECT pitlane_enable_tenant_isolation('cycle_counts');

CREATE TABLE cycle_count_lines (
    organization_id    UUID           NOT NULL,
    cycle_count_id     UUID           NOT NULL,
    item_id            UUID           NOT NULL,
    -- on hand when the sheet was submitted: the count is compared with the book at counting time
    expected_quantity  NUMERIC(18, 3) NOT NULL,
    counted_quantity   NUMERIC(18, 3) NOT NULL CHECK (counted_quantity >= 0),
    PRIMARY KEY (organization_id, cycle_count_id, item_id),
    CONSTRAINT fk_cycle_count_lines__count FOREIGN KEY (organization_id, cycle_count_id)
        REFERENCES cycle_counts (organization_id, id),
    CONSTRAINT fk_cycle_count_lines__item FOREIGN KEY (organization_id, item_id) REFERENCES items (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('cycle_count_lines');

-- What inventory knows of each parts issue from procurement's events, so that events arriving twice or out of
-- order have one effect: a Cancelled seen before Approved leaves a tombstone, a receipt seen before its dispatch
-- waits here until the dispatch arrives.
CREATE TABLE parts_issue_flows (
    organization_id  UUID        NOT NULL,
    parts_issue_id   UUID        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('APPROVED', 'CANCELLED')),
    reservation_id   UUID,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, parts_issue_id)
);
SELECT pitlane_enable_tenant_isolation('parts_issue_flows');

CREATE TABLE parts_issue_shipments (
    organization_id  UUID        NOT NULL,
    parts_issue_id   UUID        NOT NULL,
    shipment_id      UUID        NOT NULL,
    dispatched       BOOLEAN     NOT NULL DEFAULT false,
    received         BOOLEAN     NOT NULL DEFAULT false,
    pending_receipt  JSONB,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, shipment_id)
);
SELECT pitlane_enable_tenant_isolation('parts_issue_shipments');

CREATE TABLE purchase_receipts (
    organization_id   UUID        NOT NULL,
    receipt_id        UUID        NOT NULL,
    purchase_order_id UUID        NOT NULL,
    movement_id       UUID,
    received_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, receipt_id)
);
SELECT pitlane_enable_tenant_isolation('purchase_receipts');

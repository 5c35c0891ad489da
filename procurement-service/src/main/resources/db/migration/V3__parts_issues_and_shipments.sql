CREATE TABLE parts_issues (
    id                      UUID PRIMARY KEY,
    organization_id         UUID        NOT NULL,
    number                  TEXT        NOT NULL,
    service_center_id       UUID        NOT NULL,
    from_location_id        UUID        NOT NULL,
    to_location_id          UUID        NOT NULL,
    status                  TEXT        NOT NULL,
    note                    TEXT,
    requested_by            TEXT        NOT NULL,
    requested_at            TIMESTAMPTZ NOT NULL,
    approved_by             TEXT,
    approved_at             TIMESTAMPTZ,
    reservation_id          UUID,
    reservation_partial     BOOLEAN,
    reservation_released_at TIMESTAMPTZ,
    closed_reason           TEXT,
    shipment_id             UUID,
    dispatched_at           TIMESTAMPTZ,
    received_at             TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_parts_issues__number UNIQUE (organization_id, number)
);
SELECT pitlane_enable_tenant_isolation('parts_issues');
CREATE INDEX parts_issues_by_center ON parts_issues (organization_id, service_center_id, requested_at);
CREATE INDEX parts_issues_by_status ON parts_issues (organization_id, status, requested_at);

CREATE TABLE parts_issue_lines (
    id                  UUID PRIMARY KEY,
    organization_id     UUID          NOT NULL,
    parts_issue_id      UUID          NOT NULL REFERENCES parts_issues (id),
    line_number         INT           NOT NULL,
    item_id             UUID          NOT NULL,
    sku                 TEXT          NOT NULL,
    description         TEXT          NOT NULL,
    requested_quantity  NUMERIC(18,3) NOT NULL CHECK (requested_quantity > 0),
    approved_quantity   NUMERIC(18,3),
    dispatched_quantity NUMERIC(18,3),
    received_quantity   NUMERIC(18,3),
    damaged_quantity    NUMERIC(18,3),
    short_quantity      NUMERIC(18,3),
    CONSTRAINT uq_parts_issue_lines__item_id UNIQUE (organization_id, parts_issue_id, item_id)
);
SELECT pitlane_enable_tenant_isolation('parts_issue_lines');
CREATE INDEX parts_issue_lines_by_issue ON parts_issue_lines (parts_issue_id, line_number);

CREATE TABLE parts_issue_status_changes (
    id              BIGSERIAL PRIMARY KEY,
    organization_id UUID        NOT NULL,
    parts_issue_id  UUID        NOT NULL REFERENCES parts_issues (id),
    from_status     TEXT,
    to_status       TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    note            TEXT,
    changed_at      TIMESTAMPTZ NOT NULL
);
SELECT pitlane_enable_tenant_isolation('parts_issue_status_changes');
CREATE INDEX parts_issue_status_changes_by_issue ON parts_issue_status_changes (parts_issue_id, id);

CREATE TABLE parts_issue_discrepancies (
    id                UUID PRIMARY KEY,
    organization_id   UUID          NOT NULL,
    parts_issue_id    UUID          NOT NULL REFERENCES parts_issues (id),
    line_id           UUID          NOT NULL REFERENCES parts_issue_lines (id),
    service_center_id UUID          NOT NULL,
    shipment_id       UUID,
    item_id           UUID          NOT NULL,
    sku               TEXT          NOT NULL,
    dispatched_quantity NUMERIC(18,3) NOT NULL,
    received_quantity NUMERIC(18,3) NOT NULL,
    damaged_quantity  NUMERIC(18,3) NOT NULL,
    short_quantity    NUMERIC(18,3) NOT NULL,
    note              TEXT,
    recorded_by       TEXT          NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT uq_parts_issue_discrepancies__line_id UNIQUE (organization_id, line_id)
);
SELECT pitlane_enable_tenant_isolation('parts_issue_discrepancies');
CREATE INDEX parts_issue_discrepancies_by_time ON parts_issue_discrepancies (organization_id, recorded_at, id);

CREATE TABLE shipments (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    parts_issue_id    UUID        NOT NULL,
    service_center_id UUID        NOT NULL,
    from_location_id  UUID        NOT NULL,
    to_location_id    UUID        NOT NULL,
    carrier           TEXT        NOT NULL,
    tracking_number   TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    last_location     TEXT,
    last_event_at     TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    dispatched_at     TIMESTAMPTZ,
    delivered_at      TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_shipments__tracking_number UNIQUE (organization_id, carrier, tracking_number)
);
SELECT pitlane_enable_tenant_isolation('shipments');
CREATE INDEX shipments_by_status ON shipments (organization_id, status, created_at);
CREATE INDEX shipments_by_issue ON shipments (organization_id, parts_issue_id);

CREATE TABLE shipment_lines (
    organization_id UUID          NOT NULL,
    shipment_id     UUID          NOT NULL REFERENCES shipments (id),
    line_id         UUID          NOT NULL,
    item_id         UUID          NOT NULL,
    sku             TEXT          NOT NULL,
    quantity        NUMERIC(18,3) NOT NULL,
    PRIMARY KEY (organization_id, shipment_id, line_id)
);
SELECT pitlane_enable_tenant_isolation('shipment_lines');

CREATE TABLE shipment_tracking_events (
    id              BIGSERIAL PRIMARY KEY,
    organization_id UUID        NOT NULL,
    shipment_id     UUID        NOT NULL REFERENCES shipments (id),
    status          TEXT        NOT NULL,
    location        TEXT,
    note            TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    recorded_by     TEXT        NOT NULL,
    -- false for a late or repeated report that was kept in the history without changing the status
    applied         BOOLEAN     NOT NULL
);
SELECT pitlane_enable_tenant_isolation('shipment_tracking_events');
CREATE INDEX shipment_tracking_events_by_shipment ON shipment_tracking_events (shipment_id, occurred_at, id);

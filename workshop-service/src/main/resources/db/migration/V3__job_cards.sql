-- Job cards: the vehicle's visit from intake to delivery, with its labour and parts lines and the technicians'
-- time on each line.

-- gapless numbers per center and financial year: the row is locked by the transaction that takes a number and
-- released by its commit or rollback, so a rolled-back job card leaves no hole
CREATE TABLE job_card_counters (
    organization_id   UUID   NOT NULL,
    service_center_id UUID   NOT NULL REFERENCES service_centers (id),
    financial_year    INT    NOT NULL,
    last_value        BIGINT NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (organization_id, service_center_id, financial_year)
);
SELECT pitlane_enable_tenant_isolation('job_card_counters');

CREATE TABLE job_cards (
    id                   UUID PRIMARY KEY,
    organization_id      UUID        NOT NULL,
    service_center_id    UUID        NOT NULL REFERENCES service_centers (id),
    number               TEXT        NOT NULL CHECK (number ~ '^[A-Za-z0-9/-]{1,16}$'),
    appointment_id       UUID        REFERENCES appointments (id),
    customer_id          UUID        NOT NULL,
    vehicle_id           UUID        NOT NULL,
    -- as customer-service described them when the card was opened
    registration_number  TEXT,
    customer_name        TEXT,
    status               TEXT        NOT NULL CHECK (status IN ('OPEN', 'IN_INSPECTION', 'AWAITING_APPROVAL',
                             'APPROVED', 'IN_PROGRESS', 'WAITING_FOR_PARTS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY',
                             'DELIVERED', 'CLOSED', 'CANCELLED')),
    odometer_km          INT         CHECK (odometer_km >= 0),
    fuel_level           TEXT        CHECK (fuel_level IN ('EMPTY', 'QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL')),
    remarks              TEXT,
    opened_by            TEXT        NOT NULL,
    opened_at            TIMESTAMPTZ NOT NULL,
    closed_at            TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('job_cards');
CREATE UNIQUE INDEX uq_job_cards__number ON job_cards (organization_id, number);
-- an appointment becomes at most one job card
CREATE UNIQUE INDEX uq_job_cards__appointment_id ON job_cards (organization_id, appointment_id)
    WHERE appointment_id IS NOT NULL;
CREATE INDEX job_cards_by_center ON job_cards (organization_id, service_center_id, opened_at DESC);
CREATE INDEX job_cards_by_vehicle ON job_cards (organization_id, vehicle_id, opened_at DESC);

-- the customer's complaints, in the order they were told
CREATE TABLE job_card_complaints (
    organization_id UUID NOT NULL,
    job_card_id     UUID NOT NULL REFERENCES job_cards (id) ON DELETE CASCADE,
    position        INT  NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (job_card_id, position)
);
SELECT pitlane_enable_tenant_isolation('job_card_complaints');

-- the intake checklist (spare wheel, tool kit, scratches...): each item checked or not, with a note
CREATE TABLE job_card_checklist (
    organization_id UUID    NOT NULL,
    job_card_id     UUID    NOT NULL REFERENCES job_cards (id) ON DELETE CASCADE,
    item            TEXT    NOT NULL,
    ok              BOOLEAN NOT NULL,
    note            TEXT,
    PRIMARY KEY (job_card_id, item)
);
SELECT pitlane_enable_tenant_isolation('job_card_checklist');

CREATE TABLE job_card_lines (
    id              UUID PRIMARY KEY,
    organization_id UUID          NOT NULL,
    job_card_id     UUID          NOT NULL REFERENCES job_cards (id),
    position        INT           NOT NULL,
    kind            TEXT          NOT NULL CHECK (kind IN ('LABOUR', 'PART')),
    description     TEXT          NOT NULL,
    -- SAC for labour, HSN for parts
    tax_code        TEXT          NOT NULL CHECK (tax_code ~ '^[0-9]{4,8}$'),
    canned_job_id   UUID          REFERENCES canned_jobs (id),
    item_id         UUID,
    -- hours for labour, the item's base unit for parts
    quantity        NUMERIC(12,3) NOT NULL CHECK (quantity > 0),
    unit_price      NUMERIC(19,2) NOT NULL CHECK (unit_price >= 0),
    technician_id   UUID          REFERENCES technicians (id),
    status          TEXT          NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    created_at      TIMESTAMPTZ   NOT NULL,
    CHECK ((kind = 'PART') = (item_id IS NOT NULL)),
    UNIQUE (job_card_id, position)
);
SELECT pitlane_enable_tenant_isolation('job_card_lines');
CREATE INDEX job_card_lines_by_technician ON job_card_lines (organization_id, technician_id)
    WHERE technician_id IS NOT NULL;

-- a technician's clocked time on a line: one open entry (ended_at null) per technician at a time
CREATE TABLE time_entries (
    id               UUID PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    job_card_line_id UUID        NOT NULL REFERENCES job_card_lines (id),
    technician_id    UUID        NOT NULL REFERENCES technicians (id),
    started_at       TIMESTAMPTZ NOT NULL,
    ended_at         TIMESTAMPTZ,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
SELECT pitlane_enable_tenant_isolation('time_entries');
CREATE UNIQUE INDEX uq_time_entries__technician_id ON time_entries (organization_id, technician_id)
    WHERE ended_at IS NULL;
CREATE INDEX time_entries_by_line ON time_entries (organization_id, job_card_line_id);

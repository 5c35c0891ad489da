-- The workshop's master data: service centers with their hours and holidays, bays, technicians (from auth-service's
-- user events) with their skills and shifts, canned jobs. Every table is a tenant table behind row-level security.

CREATE TABLE service_centers (
    id              UUID PRIMARY KEY,
    organization_id UUID          NOT NULL,
    -- the first part of its job card numbers (AND/26-27/000123): at most 3 so that a number fits 16 characters
    code            TEXT          NOT NULL CHECK (code ~ '^[A-Z0-9]{2,3}$'),
    name            TEXT          NOT NULL,
    address         TEXT          NOT NULL,
    -- GST state code (27 Maharashtra, 29 Karnataka): the place of supply when the customer gives none
    state_code      TEXT          NOT NULL CHECK (state_code ~ '^[0-9]{2}$'),
    gstin           TEXT          CHECK (gstin ~ '^[0-9]{2}[A-Z0-9]{13}$'),
    time_zone       TEXT          NOT NULL,
    -- INR per hour of labour, before tax
    labour_rate     NUMERIC(19,2) NOT NULL CHECK (labour_rate >= 0),
    -- availability offers slots on this grid, in minutes from opening
    slot_minutes    INT           NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240),
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('service_centers');
CREATE UNIQUE INDEX uq_service_centers__code ON service_centers (organization_id, code);

-- a weekday without a row is a closed day; ISO weekday numbers (1 Monday .. 7 Sunday)
CREATE TABLE service_center_hours (
    organization_id   UUID NOT NULL,
    service_center_id UUID NOT NULL REFERENCES service_centers (id) ON DELETE CASCADE,
    weekday           INT  NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at          TIME NOT NULL,
    closes_at         TIME NOT NULL,
    PRIMARY KEY (service_center_id, weekday),
    CHECK (opens_at < closes_at)
);
SELECT pitlane_enable_tenant_isolation('service_center_hours');

CREATE TABLE service_center_holidays (
    organization_id   UUID NOT NULL,
    service_center_id UUID NOT NULL REFERENCES service_centers (id) ON DELETE CASCADE,
    day               DATE NOT NULL,
    name              TEXT NOT NULL,
    PRIMARY KEY (service_center_id, day)
);
SELECT pitlane_enable_tenant_isolation('service_center_holidays');

CREATE TABLE bays (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    service_center_id UUID        NOT NULL REFERENCES service_centers (id),
    code              TEXT        NOT NULL,
    type              TEXT        NOT NULL CHECK (type IN ('GENERAL', 'WASHING', 'ALIGNMENT', 'BODY', 'PAINT',
                                                           'DIAGNOSTICS', 'EV')),
    active            BOOLEAN     NOT NULL DEFAULT true,
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('bays');
CREATE UNIQUE INDEX uq_bays__code ON bays (organization_id, service_center_id, code);

-- a user of auth-service with the TECHNICIAN role, kept up to date from auth.user.v1
CREATE TABLE technicians (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    email           TEXT        NOT NULL,
    first_name      TEXT        NOT NULL,
    last_name       TEXT        NOT NULL,
    -- false: deactivated, or no longer a technician
    active          BOOLEAN     NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('technicians');

-- the service centers a technician works at (the user's serviceCenterIds)
CREATE TABLE technician_service_centers (
    organization_id   UUID NOT NULL,
    technician_id     UUID NOT NULL REFERENCES technicians (id) ON DELETE CASCADE,
    service_center_id UUID NOT NULL,
    PRIMARY KEY (technician_id, service_center_id)
);
SELECT pitlane_enable_tenant_isolation('technician_service_centers');
CREATE INDEX technician_service_centers_by_center ON technician_service_centers (organization_id, service_center_id);

-- what a technician can do (a canned job may need one): set by the workshop, not by auth-service
CREATE TABLE technician_skills (
    organization_id UUID NOT NULL,
    technician_id   UUID NOT NULL REFERENCES technicians (id) ON DELETE CASCADE,
    skill           TEXT NOT NULL CHECK (skill ~ '^[a-z0-9-]{1,40}$'),
    PRIMARY KEY (technician_id, skill)
);
SELECT pitlane_enable_tenant_isolation('technician_skills');

-- a technician without shifts works the center's hours; with shifts, only within them
CREATE TABLE technician_shifts (
    organization_id UUID NOT NULL,
    technician_id   UUID NOT NULL REFERENCES technicians (id) ON DELETE CASCADE,
    weekday         INT  NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at       TIME NOT NULL,
    ends_at         TIME NOT NULL,
    PRIMARY KEY (technician_id, weekday),
    CHECK (starts_at < ends_at)
);
SELECT pitlane_enable_tenant_isolation('technician_shifts');

-- standard jobs: what an appointment books (its duration and the bay and skill it needs) and a job card's labour
CREATE TABLE canned_jobs (
    id              UUID PRIMARY KEY,
    organization_id UUID         NOT NULL,
    code            TEXT         NOT NULL,
    name            TEXT         NOT NULL,
    standard_hours  NUMERIC(5,2) NOT NULL CHECK (standard_hours > 0 AND standard_hours <= 24),
    -- GST services accounting code (9987: maintenance and repair of motor vehicles)
    sac             TEXT         NOT NULL CHECK (sac ~ '^[0-9]{4,8}$'),
    bay_type        TEXT         NOT NULL CHECK (bay_type IN ('GENERAL', 'WASHING', 'ALIGNMENT', 'BODY', 'PAINT',
                                                             'DIAGNOSTICS', 'EV')),
    -- a technician must have it to be booked for this job; null: any technician
    skill           TEXT,
    active          BOOLEAN      NOT NULL DEFAULT true,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
SELECT pitlane_enable_tenant_isolation('canned_jobs');
CREATE UNIQUE INDEX uq_canned_jobs__code ON canned_jobs (organization_id, code);

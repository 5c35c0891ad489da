-- Appointments hold a bay and a technician for a time range. No double booking, ever: two exclusion constraints
-- refuse a second live appointment whose range overlaps another's on the same bay or the same technician, so of
-- two bookings racing for the last slot the database lets exactly one commit.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE appointments (
    id                UUID PRIMARY KEY,
    organization_id   UUID        NOT NULL,
    service_center_id UUID        NOT NULL REFERENCES service_centers (id),
    canned_job_id     UUID        NOT NULL REFERENCES canned_jobs (id),
    customer_id       UUID        NOT NULL,
    vehicle_id        UUID        NOT NULL,
    bay_id            UUID        NOT NULL REFERENCES bays (id),
    technician_id     UUID        NOT NULL REFERENCES technicians (id),
    starts_at         TIMESTAMPTZ NOT NULL,
    ends_at           TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW')),
    notes             TEXT,
    cancel_reason     TEXT,
    booked_by         TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CHECK (starts_at < ends_at),
    CONSTRAINT ex_appointments__bay EXCLUDE USING gist (
        organization_id WITH =, bay_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN')),
    CONSTRAINT ex_appointments__technician EXCLUDE USING gist (
        organization_id WITH =, technician_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN'))
);
SELECT pitlane_enable_tenant_isolation('appointments');
-- a center's day (availability, the advisor's list)
CREATE INDEX appointments_by_center_time ON appointments (organization_id, service_center_id, starts_at);
CREATE INDEX appointments_by_vehicle ON appointments (organization_id, vehicle_id, starts_at);

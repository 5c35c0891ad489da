-- pg_trgm and unaccent are created by a superuser when the database is provisioned (devstack, test support, the
-- platform team's init job). Both are "trusted" extensions, so the owner role can create them itself where that was
-- skipped; where it cannot, this fails with a message that says what is missing rather than at the first search.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION pg_trgm;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'customer-service needs the pg_trgm extension: run CREATE EXTENSION pg_trgm as a superuser';
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        BEGIN
            CREATE EXTENSION unaccent;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'customer-service needs the unaccent extension: run CREATE EXTENSION unaccent as a superuser';
        END;
    END IF;
END
$$;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed an index or a generated column.
-- Naming the dictionary explicitly makes the result fixed, which is what IMMUTABLE promises.
CREATE OR REPLACE FUNCTION customer_search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- "priya sharma" → "sharma priya": with the first word moved to the end, a surname is a prefix too
CREATE OR REPLACE FUNCTION customer_rotated_name(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT CASE WHEN strpos(value, ' ') > 0
                  THEN substr(value, strpos(value, ' ') + 1) || ' ' || split_part(value, ' ', 1)
                  ELSE value END $$;

CREATE TABLE customers (
    id               UUID PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    type             TEXT        NOT NULL CHECK (type IN ('INDIVIDUAL', 'BUSINESS')),
    name             TEXT        NOT NULL,
    -- byte order ("C"): the btree below then serves both ORDER BY name and "starts with" as a range scan
    search_name      TEXT COLLATE "C" GENERATED ALWAYS AS (customer_search_text(name)) STORED,
    search_surname   TEXT COLLATE "C" GENERATED ALWAYS AS (customer_rotated_name(customer_search_text(name))) STORED,
    phone            TEXT        NOT NULL,
    alternate_phone  TEXT,
    email            TEXT,
    gstin            TEXT,
    addresses        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    sms_consent      BOOLEAN     NOT NULL DEFAULT false,
    email_consent    BOOLEAN     NOT NULL DEFAULT false,
    notes            TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at       TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_customers__organization_id_id UNIQUE (organization_id, id)
);
-- natural keys are unique among the customers in use; a deleted customer's phone may be given to a new one
CREATE UNIQUE INDEX uq_customers__phone ON customers (organization_id, phone) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_customers__email ON customers (organization_id, email)
    WHERE deleted_at IS NULL AND email IS NOT NULL;
CREATE UNIQUE INDEX uq_customers__gstin ON customers (organization_id, gstin)
    WHERE deleted_at IS NULL AND gstin IS NOT NULL;
CREATE INDEX customers_phone_any ON customers (organization_id, phone);
CREATE INDEX customers_alternate_phone ON customers (organization_id, alternate_phone) WHERE alternate_phone IS NOT NULL;
CREATE INDEX customers_email_any ON customers (organization_id, email) WHERE email IS NOT NULL;
CREATE INDEX customers_search_name_trgm ON customers USING gin (search_name gin_trgm_ops);
CREATE INDEX customers_by_name ON customers (organization_id, search_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_surname ON customers (organization_id, search_surname, id) WHERE deleted_at IS NULL;
SELECT pitlane_enable_tenant_isolation('customers');

CREATE TABLE vehicles (
    id                        UUID PRIMARY KEY,
    organization_id           UUID        NOT NULL,
    customer_id               UUID        NOT NULL,
    vin                       TEXT,
    registration_number       TEXT,
    make                      TEXT        NOT NULL,
    model                     TEXT        NOT NULL,
    variant                   TEXT,
    year                      INT,
    fuel                      TEXT,
    status                    TEXT        NOT NULL DEFAULT 'ACTIVE',
    odometer_km               INT,
    last_service_date         DATE,
    last_service_odometer_km  INT,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_vehicles__vin UNIQUE (organization_id, vin),
    CONSTRAINT uq_vehicles__registration_number UNIQUE (organization_id, registration_number),
    CONSTRAINT vehicles_identified CHECK (vin IS NOT NULL OR registration_number IS NOT NULL),
    CONSTRAINT fk_vehicles__customer_id FOREIGN KEY (organization_id, customer_id)
        REFERENCES customers (organization_id, id)
);
CREATE INDEX vehicles_customer ON vehicles (organization_id, customer_id);
CREATE INDEX vehicles_created ON vehicles (organization_id, created_at, id);
SELECT pitlane_enable_tenant_isolation('vehicles');

-- who owned a vehicle when; the open row (ended_at IS NULL) is the current owner
CREATE TABLE vehicle_ownerships (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    vehicle_id       UUID        NOT NULL REFERENCES vehicles (id),
    customer_id      UUID        NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    ended_at         TIMESTAMPTZ,
    note             TEXT
);
CREATE UNIQUE INDEX uq_vehicle_ownerships__vehicle_id ON vehicle_ownerships (organization_id, vehicle_id)
    WHERE ended_at IS NULL;
CREATE INDEX vehicle_ownerships_vehicle ON vehicle_ownerships (organization_id, vehicle_id, started_at);
SELECT pitlane_enable_tenant_isolation('vehicle_ownerships');

CREATE TABLE odometer_readings (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  UUID        NOT NULL,
    vehicle_id       UUID        NOT NULL REFERENCES vehicles (id),
    reading_km       INT         NOT NULL CHECK (reading_km >= 0),
    recorded_at      TIMESTAMPTZ NOT NULL,
    source           TEXT        NOT NULL,
    correction       BOOLEAN     NOT NULL DEFAULT false,
    note             TEXT
);
CREATE INDEX odometer_readings_vehicle ON odometer_readings (organization_id, vehicle_id, recorded_at DESC, id DESC);
SELECT pitlane_enable_tenant_isolation('odometer_readings');

-- one visit per job card, filled by workshop's JobCardClosed and billing's InvoicePaid in whichever order they come
CREATE TABLE service_visits (
    id                 UUID PRIMARY KEY,
    organization_id    UUID        NOT NULL,
    job_card_id        UUID        NOT NULL,
    vehicle_id         UUID        NOT NULL,
    customer_id        UUID,
    job_card_number    TEXT,
    service_center_id  UUID,
    closed_at          TIMESTAMPTZ,
    odometer_km        INT,
    summary            TEXT,
    lines              JSONB       NOT NULL DEFAULT '[]'::jsonb,
    invoice_id         UUID,
    invoice_number     TEXT,
    invoice_total      NUMERIC(14, 2),
    currency           TEXT,
    paid_at            TIMESTAMPTZ,
    happened_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT uq_service_visits__job_card_id UNIQUE (organization_id, job_card_id)
);
CREATE INDEX service_visits_vehicle ON service_visits (organization_id, vehicle_id, happened_at DESC, id DESC);
SELECT pitlane_enable_tenant_isolation('service_visits');

CREATE TABLE feedback (
    id                 UUID PRIMARY KEY,
    organization_id    UUID        NOT NULL,
    customer_id        UUID        NOT NULL,
    vehicle_id         UUID,
    job_card_id        UUID,
    service_center_id  UUID,
    visit_date         DATE,
    rating             SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment            TEXT,
    submitted_by       TEXT        NOT NULL,
    submitted_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    response           TEXT,
    responded_by       TEXT,
    responded_at       TIMESTAMPTZ,
    CONSTRAINT fk_feedback__customer_id FOREIGN KEY (organization_id, customer_id)
        REFERENCES customers (organization_id, id)
);
CREATE UNIQUE INDEX uq_feedback__job_card_id ON feedback (organization_id, job_card_id) WHERE job_card_id IS NOT NULL;
CREATE INDEX feedback_by_time ON feedback (organization_id, submitted_at DESC, id DESC);
CREATE INDEX feedback_by_customer ON feedback (organization_id, customer_id);
SELECT pitlane_enable_tenant_isolation('feedback');

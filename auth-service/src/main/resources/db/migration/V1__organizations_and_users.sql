-- Organizations are the tenants themselves: a registry managed by platform administrators, not data inside a
-- tenant, so the table has no row-level security. One row of kind PLATFORM holds the platform's own accounts
-- (SUPER_ADMINs); it is never listed and never receives a tenant's token.
CREATE TABLE organizations (
    id               UUID PRIMARY KEY,
    kind             TEXT        NOT NULL DEFAULT 'TENANT' CHECK (kind IN ('TENANT', 'PLATFORM')),
    name             TEXT        NOT NULL,
    legal_name       TEXT,
    tax_id           TEXT,
    contact_email    TEXT,
    contact_phone    TEXT,
    address          TEXT,
    status           TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    suspended_reason TEXT,
    suspended_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX uq_organizations__name ON organizations (lower(name));

INSERT INTO organizations (id, kind, name, status, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000000', 'PLATFORM', 'Pitlane platform', 'ACTIVE', now(), now());

-- Users of one organization. Email is stored lower-cased; it is unique within an organization only.
CREATE TABLE users (
    id                  UUID PRIMARY KEY,
    organization_id     UUID        NOT NULL REFERENCES organizations (id),
    email               TEXT        NOT NULL,
    first_name          TEXT        NOT NULL,
    last_name           TEXT        NOT NULL,
    phone               TEXT,
    job_title           TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    roles               TEXT[]      NOT NULL,
    service_center_ids  UUID[]      NOT NULL DEFAULT '{}',
    password_hash       TEXT,
    password_changed_at TIMESTAMPTZ,
    last_login_at       TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX uq_users__email ON users (organization_id, email);
CREATE INDEX users_by_email ON users (email);
SELECT pitlane_enable_tenant_isolation('users');

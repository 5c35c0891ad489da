-- Refresh tokens: opaque random values, stored as their SHA-256. One family per login; every refresh marks the
-- presented token used and adds its successor to the family. A used token presented again is a reuse.
CREATE TABLE refresh_tokens (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    family_id       UUID        NOT NULL,
    user_id         UUID        NOT NULL REFERENCES users (id),
    token_hash      TEXT        NOT NULL,
    issued_at       TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    family_expires_at TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    revoke_reason   TEXT
);
CREATE UNIQUE INDEX uq_refresh_tokens__token_hash ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family ON refresh_tokens (organization_id, family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (organization_id, user_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (family_expires_at);
SELECT pitlane_enable_tenant_isolation('refresh_tokens');

-- One-time password reset (and first-password) tokens, stored as their SHA-256.
CREATE TABLE password_reset_tokens (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    user_id         UUID        NOT NULL REFERENCES users (id),
    token_hash      TEXT        NOT NULL,
    purpose         TEXT        NOT NULL CHECK (purpose IN ('RESET', 'INVITATION')),
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ
);
CREATE UNIQUE INDEX uq_password_reset_tokens__token_hash ON password_reset_tokens (token_hash);
CREATE INDEX password_reset_tokens_user ON password_reset_tokens (organization_id, user_id) WHERE used_at IS NULL;
SELECT pitlane_enable_tenant_isolation('password_reset_tokens');

-- Partner systems: client credentials scoped to one organization and to chosen permissions. The secret is a
-- 256-bit random value, so a plain SHA-256 is enough to store it (a slow KDF is for guessable passwords).
CREATE TABLE clients (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL REFERENCES organizations (id),
    name            TEXT        NOT NULL,
    description     TEXT,
    permissions     TEXT[]      NOT NULL,
    secret_hash     TEXT        NOT NULL,
    secret_rotated_at TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    last_used_at    TIMESTAMPTZ,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX uq_clients__name ON clients (organization_id, lower(name));
SELECT pitlane_enable_tenant_isolation('clients');

-- Who did what, when, from where. Append-only; read newest first with a keyset on id.
CREATE TABLE activity_log (
    id              BIGSERIAL PRIMARY KEY,
    organization_id UUID        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    type            TEXT        NOT NULL,
    actor           TEXT,
    user_id         UUID,
    client_id       UUID,
    email           TEXT,
    source_address  TEXT,
    user_agent      TEXT,
    details         JSONB       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX activity_log_org ON activity_log (organization_id, id DESC);
CREATE INDEX activity_log_user ON activity_log (organization_id, user_id, id DESC);
CREATE INDEX activity_log_type ON activity_log (organization_id, type, id DESC);
SELECT pitlane_enable_tenant_isolation('activity_log');

-- Failed sign-in counters per account (email) and per source address, across organizations: a guesser does not
-- say which organization it aims at. Rows exist only while there are recent failures or a lock.
CREATE TABLE login_throttle (
    key              TEXT PRIMARY KEY,
    failures         INT         NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    locked_until     TIMESTAMPTZ
);

-- Token signing keys (RSA). The private key is encrypted with a key derived from PITLANE_AUTH_KEY_SECRET.
-- A retired key stays published in the JWKS until publish_until, when its last token has expired.
CREATE TABLE signing_keys (
    kid            TEXT PRIMARY KEY,
    algorithm      TEXT        NOT NULL,
    public_key     BYTEA       NOT NULL,
    private_key    BYTEA       NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    created_at     TIMESTAMPTZ NOT NULL,
    retired_at     TIMESTAMPTZ,
    publish_until  TIMESTAMPTZ
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'ACTIVE';

-- Requests without a token (sign-in, refresh, reset, client credentials) must first learn which organization
-- they belong to; row-level security hides every tenant row until then. These functions run as the tables'
-- owner and answer only that routing question, never a row's content.
CREATE FUNCTION auth_organizations_of_email(p_email TEXT) RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM users WHERE email = p_email ORDER BY organization_id
$$;

CREATE FUNCTION auth_organization_of_refresh_token(p_hash TEXT) RETURNS UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM refresh_tokens WHERE token_hash = p_hash
$$;

CREATE FUNCTION auth_organization_of_reset_token(p_hash TEXT) RETURNS UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM password_reset_tokens WHERE token_hash = p_hash
$$;

CREATE FUNCTION auth_organization_of_client(p_client UUID) RETURNS UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT organization_id FROM clients WHERE id = p_client
$$;

-- Housekeeping across organizations: drops sessions and reset tokens that can no longer be used.
CREATE FUNCTION auth_purge_expired(p_before TIMESTAMPTZ) RETURNS INT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed INT;
    more INT;
BEGIN
    DELETE FROM refresh_tokens WHERE family_expires_at < p_before;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM password_reset_tokens WHERE expires_at < p_before;
    GET DIAGNOSTICS more = ROW_COUNT;
    RETURN removed + more;
END;
$$;

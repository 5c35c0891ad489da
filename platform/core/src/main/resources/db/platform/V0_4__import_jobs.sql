-- Import jobs (dev.pitlane.platform.imports): a file imported in the background, its progress and every row it
-- rejected. Tenant-owned, so row-level security applies; a job runs as the caller who submitted it.
CREATE TABLE import_jobs (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    idempotency_key TEXT,
    file_name       TEXT,
    file_sha256     TEXT        NOT NULL,
    dry_run         BOOLEAN     NOT NULL,
    options         TEXT        NOT NULL DEFAULT '',
    status          TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_read       INT         NOT NULL DEFAULT 0,
    created         INT         NOT NULL DEFAULT 0,
    updated         INT         NOT NULL DEFAULT 0,
    unchanged       INT         NOT NULL DEFAULT 0,
    rejected        INT         NOT NULL DEFAULT 0,
    failure_code    TEXT,
    failure_detail  TEXT,
    submitted_by    TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    CONSTRAINT uq_import_jobs__idempotency_key UNIQUE (organization_id, kind, idempotency_key)
);
SELECT pitlane_enable_tenant_isolation('import_jobs');

CREATE TABLE import_job_problems (
    organization_id UUID NOT NULL,
    job_id          UUID NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line            INT  NOT NULL,
    column_name     TEXT,
    reason          TEXT NOT NULL
);
CREATE INDEX import_job_problems_job ON import_job_problems (job_id, line);
SELECT pitlane_enable_tenant_isolation('import_job_problems');

-- Export jobs: a report written to a file in the background, then downloaded until it expires.
CREATE TABLE export_jobs (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    report          TEXT        NOT NULL,
    format          TEXT        NOT NULL,
    -- the report's filters as the request gave them (from, to, itemId, locationId, supplierId, granularity)
    filters         JSONB       NOT NULL,
    status          TEXT        NOT NULL,
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    expires_at      TIMESTAMPTZ,
    rows_total      BIGINT,
    rows_written    BIGINT      NOT NULL DEFAULT 0,
    attempts        INT         NOT NULL DEFAULT 0,
    file_key        TEXT,
    file_size       BIGINT,
    error           TEXT,
    CONSTRAINT ck_export_jobs__status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')),
    CONSTRAINT ck_export_jobs__format CHECK (format IN ('CSV', 'XLSX'))
);
SELECT pitlane_enable_tenant_isolation('export_jobs');
CREATE INDEX export_jobs_by_time ON export_jobs (organization_id, requested_at DESC);
CREATE INDEX export_jobs_expiring ON export_jobs (expires_at) WHERE status = 'DONE';

-- The expired files of every organization, for the one cluster-wide clean-up task (the application role sees one
-- organization at a time): ids and file keys only.
CREATE FUNCTION reporting_expired_exports(limit_rows INT) RETURNS TABLE (organization_id UUID, id UUID)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT organization_id, id FROM export_jobs WHERE status = 'DONE' AND expires_at < now() LIMIT limit_rows
$$;

-- db-scheduler's table (16.x, PostgreSQL): one row per scheduled execution; a replica takes a row by updating it,
-- so each export runs on one replica at a time, and a dead replica's executions are taken over.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

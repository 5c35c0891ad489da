-- What billing knows of each customer from customer-service's events, to name the recipient of a job card's draft
-- invoice. Only the latest version of a customer is kept (events may arrive out of order across a restart).
CREATE TABLE customers (
    organization_id UUID        NOT NULL,
    id              UUID        NOT NULL,
    name            TEXT        NOT NULL,
    gstin           TEXT,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, id)
);
SELECT pitlane_enable_tenant_isolation('customers');

-- the sample's JPA aggregate (Gadget), beside the JDBC one (widgets)
CREATE TABLE gadgets (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT uq_gadgets__name UNIQUE (organization_id, name)
);
SELECT pitlane_enable_tenant_isolation('gadgets');

CREATE TABLE widgets (
    id              UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    quantity        INT         NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_widgets__name UNIQUE (organization_id, name)
);
SELECT pitlane_enable_tenant_isolation('widgets');

CREATE TABLE widget_effects (
    organization_id UUID   NOT NULL,
    widget_id       UUID   NOT NULL,
    effects         INT    NOT NULL,
    PRIMARY KEY (organization_id, widget_id)
);
SELECT pitlane_enable_tenant_isolation('widget_effects');

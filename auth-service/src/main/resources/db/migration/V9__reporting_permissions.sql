-- reporting-service's permissions: reports and the dashboard, exports, scheduled reports, rebuilding read models,
-- partner webhooks, and each user's own notifications. Positions from 90 leave room for the services before it.
INSERT INTO permissions (name, description, tenant, position) VALUES
    ('report:read',      'Read the dashboard and the reports (stock, purchases, revenue, jobs)', true, 90),
    ('report:export',    'Export reports and lists as CSV, XLSX or PDF files', true, 91),
    ('report:schedule',  'Schedule reports sent by e-mail', true, 92),
    ('report:rebuild',   'Rebuild a read model of the organization from its events', true, 93),
    ('webhook:manage',   'Manage partner webhook subscriptions, their secrets and deliveries', true, 94),
    ('notification:read', 'Read one''s own notifications and set one''s notification preferences', true, 95);

INSERT INTO role_permissions (role, permission)
SELECT r.role, p FROM (VALUES
    ('ORG_ADMIN', ARRAY['report:read', 'report:export', 'report:schedule', 'report:rebuild', 'webhook:manage',
                    'notification:read']),
    ('ACCOUNTANT', ARRAY['report:read', 'report:export', 'report:schedule', 'notification:read']),
    ('PROCUREMENT_OFFICER', ARRAY['report:read', 'report:export', 'notification:read']),
    ('STORE_KEEPER', ARRAY['report:read', 'notification:read']),
    ('SERVICE_ADVISOR', ARRAY['report:read', 'notification:read']),
    ('TECHNICIAN', ARRAY['notification:read']),
    ('STAFF', ARRAY['notification:read'])
) AS r(role, perms), unnest(r.perms) AS p;

-- The permission matrix: which role grants which permission. Global reference data, the same for every
-- organization; tokens carry the permissions so that every service checks permissions, never role names.
CREATE TABLE permissions (
    name        TEXT PRIMARY KEY,
    description TEXT    NOT NULL,
    -- false: a platform permission, held only by SUPER_ADMIN and never granted inside an organization
    tenant      BOOLEAN NOT NULL DEFAULT true,
    position    INT     NOT NULL
);

CREATE TABLE roles (
    name        TEXT PRIMARY KEY,
    description TEXT    NOT NULL,
    -- false: SUPER_ADMIN, which belongs to the platform and cannot be given to a user of an organization
    assignable  BOOLEAN NOT NULL,
    position    INT     NOT NULL
);

CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles (name),
    permission TEXT NOT NULL REFERENCES permissions (name),
    PRIMARY KEY (role, permission)
);

INSERT INTO permissions (name, description, tenant, position) VALUES
    ('organization:read',                 'Read the organization''s profile', true, 1),
    ('organization:manage',               'Create, change and suspend organizations; rotate signing keys (platform)', false, 2),
    ('user:read',                         'List and read the organization''s users', true, 3),
    ('user:manage',                       'Create users, change their profile, roles and service centers, (de)activate and unlock them', true, 4),
    ('role:read',                         'Read the roles and the permission matrix', true, 5),
    ('client:manage',                     'Manage partner systems (client credentials)', true, 6),
    ('activity:read',                     'Read the activity log', true, 7),
    ('customer:read',                     'Read customers', true, 8),
    ('customer:write',                    'Create and change customers', true, 9),
    ('customer:delete',                   'Delete customers', true, 10),
    ('customer:import',                   'Import customers in bulk', true, 11),
    ('vehicle:read',                      'Read vehicles', true, 12),
    ('vehicle:write',                     'Create and change vehicles', true, 13),
    ('feedback:read',                     'Read customer feedback', true, 14),
    ('feedback:write',                    'Record customer feedback', true, 15),
    ('feedback:respond',                  'Respond to customer feedback', true, 16),
    ('item:read',                         'Read the parts catalog', true, 17),
    ('item:write',                        'Change the parts catalog', true, 18),
    ('location:read',                     'Read inventory locations', true, 19),
    ('location:write',                    'Change inventory locations', true, 20),
    ('stock:read',                        'Read stock levels and the ledger', true, 21),
    ('stock:post',                        'Post stock movements', true, 22),
    ('stock:adjust',                      'Adjust stock', true, 23),
    ('stock:reserve',                     'Reserve and release stock', true, 24),
    ('stock:count',                       'Run cycle counts', true, 25),
    ('valuation:read',                    'Read stock valuation', true, 26),
    ('supplier:read',                     'Read suppliers', true, 27),
    ('supplier:write',                    'Create and change suppliers', true, 28),
    ('purchase-order:read',               'Read purchase orders', true, 29),
    ('purchase-order:write',              'Draft and change purchase orders', true, 30),
    ('purchase-order:approve',            'Approve purchase orders up to the approval limit', true, 31),
    ('purchase-order:approve-unlimited',  'Approve purchase orders of any amount', true, 32),
    ('purchase-order:receive',            'Receive goods against purchase orders', true, 33),
    ('parts-issue:read',                  'Read parts issues', true, 34),
    ('parts-issue:request',               'Request parts from the central warehouse', true, 35),
    ('parts-issue:approve',               'Approve parts issues', true, 36),
    ('parts-issue:dispatch',              'Dispatch parts issues', true, 37),
    ('parts-issue:receive',               'Receive parts issues at a service center', true, 38),
    ('shipment:read',                     'Read shipments', true, 39),
    ('shipment:track',                    'Update shipment tracking', true, 40),
    ('procurement-report:read',           'Read procurement reports', true, 41);

INSERT INTO roles (name, description, assignable, position) VALUES
    ('SUPER_ADMIN',         'Platform administrator: organizations and signing keys, nothing inside an organization', false, 1),
    ('ORG_ADMIN',           'Administrator of one organization: every permission inside it', true, 2),
    ('STAFF',               'Read-only basics', true, 3),
    ('SERVICE_ADVISOR',     'Customers, vehicles, feedback; asks for parts for the workshop', true, 4),
    ('TECHNICIAN',          'Works on vehicles; asks for and looks up parts', true, 5),
    ('STORE_KEEPER',        'Runs a store or warehouse: stock, counts, receipts, dispatch', true, 6),
    ('PROCUREMENT_OFFICER', 'Suppliers, purchase orders and approval of parts issues', true, 7),
    ('ACCOUNTANT',          'Reads purchases, stock valuation and reports', true, 8);

INSERT INTO role_permissions (role, permission)
SELECT 'SUPER_ADMIN', p FROM unnest(ARRAY['organization:read', 'organization:manage', 'role:read']) AS p;

INSERT INTO role_permissions (role, permission)
SELECT 'ORG_ADMIN', name FROM permissions WHERE tenant;

INSERT INTO role_permissions (role, permission)
SELECT r.role, p FROM (VALUES
    ('STAFF', ARRAY['organization:read', 'role:read', 'customer:read', 'vehicle:read', 'feedback:read', 'item:read',
                    'location:read', 'stock:read']),
    ('SERVICE_ADVISOR', ARRAY['organization:read', 'role:read', 'customer:read', 'customer:write', 'vehicle:read',
                    'vehicle:write', 'feedback:read', 'feedback:write', 'feedback:respond', 'item:read',
                    'location:read', 'stock:read', 'parts-issue:read', 'parts-issue:request']),
    ('TECHNICIAN', ARRAY['organization:read', 'role:read', 'customer:read', 'vehicle:read', 'item:read',
                    'location:read', 'stock:read', 'parts-issue:read', 'parts-issue:request']),
    ('STORE_KEEPER', ARRAY['organization:read', 'role:read', 'item:read', 'item:write', 'location:read',
                    'stock:read', 'stock:post', 'stock:adjust', 'stock:reserve', 'stock:count', 'valuation:read',
                    'supplier:read', 'purchase-order:read', 'purchase-order:receive', 'parts-issue:read',
                    'parts-issue:request', 'parts-issue:dispatch', 'parts-issue:receive', 'shipment:read',
                    'shipment:track']),
    ('PROCUREMENT_OFFICER', ARRAY['organization:read', 'role:read', 'item:read', 'location:read', 'stock:read',
                    'valuation:read', 'supplier:read', 'supplier:write', 'purchase-order:read',
                    'purchase-order:write', 'purchase-order:approve', 'purchase-order:receive', 'parts-issue:read',
                    'parts-issue:approve', 'shipment:read', 'shipment:track', 'procurement-report:read']),
    ('ACCOUNTANT', ARRAY['organization:read', 'role:read', 'customer:read', 'item:read', 'location:read',
                    'stock:read', 'valuation:read', 'supplier:read', 'purchase-order:read', 'shipment:read',
                    'procurement-report:read'])
) AS r(role, perms), unnest(r.perms) AS p;

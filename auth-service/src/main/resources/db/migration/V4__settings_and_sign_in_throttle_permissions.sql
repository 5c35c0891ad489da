-- settings:manage: an organization's administrator changes its own stock and purchasing settings (organization:manage
-- is the platform's, so no organization could). sign-in-throttle:manage: the platform administrator sees and lifts
-- the per-address sign-in throttle, which is no organization's data.
INSERT INTO permissions (name, description, tenant, position) VALUES
    ('settings:manage',          'Change the organization''s stock and purchasing settings', true, 42),
    ('sign-in-throttle:manage',  'See and lift the sign-in throttle of client addresses (platform)', false, 43);

INSERT INTO role_permissions (role, permission) VALUES
    ('ORG_ADMIN', 'settings:manage'),
    ('SUPER_ADMIN', 'sign-in-throttle:manage');

-- billing-service's permissions: its setup (seller details, numbering series), invoices, money in and out, counter
-- sales. Positions from 70 leave room for the permissions of services numbered before it.
INSERT INTO permissions (name, description, tenant, position) VALUES
    ('billing:read',      'Read invoices, credit notes, payments, refunds, counter sales and receivables', true, 70),
    ('billing:manage',    'Set up the seller''s details of each service center and its numbering series', true, 71),
    ('invoice:write',     'Draft invoices and change drafts', true, 72),
    ('invoice:issue',     'Issue invoices (gives each its number)', true, 73),
    ('payment:record',    'Record payments and advances, and send payment links', true, 74),
    ('refund:issue',      'Refund payments', true, 75),
    ('credit-note:issue', 'Issue credit notes and cancel issued invoices by one', true, 76),
    ('sales-order:manage', 'Create, approve and invoice counter sales orders', true, 77);

INSERT INTO role_permissions (role, permission)
SELECT r.role, p FROM (VALUES
    ('ORG_ADMIN', ARRAY['billing:read', 'billing:manage', 'invoice:write', 'invoice:issue', 'payment:record',
                    'refund:issue', 'credit-note:issue', 'sales-order:manage']),
    ('ACCOUNTANT', ARRAY['billing:read', 'billing:manage', 'invoice:write', 'invoice:issue', 'payment:record',
                    'refund:issue', 'credit-note:issue', 'sales-order:manage']),
    ('SERVICE_ADVISOR', ARRAY['billing:read', 'invoice:write', 'invoice:issue', 'payment:record',
                    'sales-order:manage'])
) AS r(role, perms), unnest(r.perms) AS p;

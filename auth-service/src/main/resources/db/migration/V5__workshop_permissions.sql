-- workshop-service's permissions: service centers and their master data, appointments, job cards, the time clock,
-- quotations and their approval on the customer's behalf.
INSERT INTO permissions (name, description, tenant, position) VALUES
    ('workshop:read',       'Read service centers, bays, technicians, canned jobs, appointments, job cards and quotations', true, 44),
    ('workshop:manage',     'Change service centers, their hours, holidays, bays, labour rates, canned jobs and technicians'' skills and shifts', true, 45),
    ('appointment:manage',  'Book, reschedule, cancel, check in appointments and mark no-shows', true, 46),
    ('jobcard:manage',      'Open job cards, record the intake, change lines, assign technicians and move the workflow', true, 47),
    ('jobcard:work',        'Work on assigned job lines: clock time, ask for parts, hand over for quality check', true, 48),
    ('quotation:manage',    'Prepare and revise quotations and send approval links to customers', true, 49),
    ('quotation:approve',   'Record a customer''s approval or refusal of quotation lines', true, 50);

INSERT INTO role_permissions (role, permission)
SELECT r.role, p FROM (VALUES
    ('ORG_ADMIN', ARRAY['workshop:read', 'workshop:manage', 'appointment:manage', 'jobcard:manage', 'jobcard:work',
                    'quotation:manage', 'quotation:approve']),
    ('STAFF', ARRAY['workshop:read']),
    ('SERVICE_ADVISOR', ARRAY['workshop:read', 'appointment:manage', 'jobcard:manage', 'quotation:manage',
                    'quotation:approve']),
    ('TECHNICIAN', ARRAY['workshop:read', 'jobcard:work']),
    ('STORE_KEEPER', ARRAY['workshop:read']),
    ('ACCOUNTANT', ARRAY['workshop:read'])
) AS r(role, perms), unnest(r.perms) AS p;

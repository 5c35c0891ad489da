-- When an invoice was first paid in full: InvoicePaid is published then, and not again when a refund reopens the
-- invoice and a later payment settles it once more.
ALTER TABLE invoices ADD COLUMN paid_at TIMESTAMPTZ;

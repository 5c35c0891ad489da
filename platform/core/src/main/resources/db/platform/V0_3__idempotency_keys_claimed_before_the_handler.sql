-- An Idempotency-Key is claimed (IN_PROGRESS) in a statement of its own before its request's handler runs, and its
-- response stored (DONE) once the handler is done: a duplicate never runs the handler, and the handler holds no
-- transaction while it calls out. A claim whose request failed is deleted; one left by a process that died is taken
-- over once it is older than pitlane.web.idempotency.abandoned-after. Rows written before are all DONE.
ALTER TABLE idempotency_keys
    ADD COLUMN state      TEXT        NOT NULL DEFAULT 'DONE',
    ADD COLUMN claim      UUID,
    ADD COLUMN claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    ALTER COLUMN response_status DROP NOT NULL,
    ALTER COLUMN response_body DROP NOT NULL;
ALTER TABLE idempotency_keys
    ALTER COLUMN state DROP DEFAULT,
    ADD CONSTRAINT idempotency_keys_state CHECK (state IN ('IN_PROGRESS', 'DONE')),
    ADD CONSTRAINT idempotency_keys_done_has_response
        CHECK (state <> 'DONE' OR (response_status IS NOT NULL AND response_body IS NOT NULL));

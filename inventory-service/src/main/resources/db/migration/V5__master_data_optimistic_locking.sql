-- Units, categories, locations and bins are JPA aggregates (Spring Data repositories) with optimistic locking.
ALTER TABLE units ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE categories ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE bins ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

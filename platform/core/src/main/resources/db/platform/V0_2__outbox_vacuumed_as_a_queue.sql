-- The outbox is a queue: every row is deleted within milliseconds of its insert, so with the default thresholds
-- (20% of a table autovacuum last saw nearly empty) its dead rows pile up between vacuums under a burst. Vacuum
-- and analyze it after a fixed number of changes instead, without the cost-based throttle. Never truncate it: the
-- pages a vacuum finds empty at its end are there again a moment later, and truncating takes an ACCESS EXCLUSIVE
-- lock that every transaction writing an event would queue behind.
ALTER TABLE outbox_events SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0,
    vacuum_truncate = false
);

-- The outbox is a queue: every row is deleted within milliseconds of its insert, so with the default thresholds
-- (20% of a table autovacuum last saw nearly empty) its dead rows pile up between vacuums under a burst. Vacuum
-- and analyze it after a fixed number of changes instead, without the cost-based throttle.
ALTER TABLE outbox_events SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0
);

-- The summary's pipeline health finds the contacts someone was in touch with in the days before a period's end,
-- and counts the appointments booked and due in a period: range probes instead of scans of every message and
-- appointment of the location. (The messages by location and time come from V021, which the funnel shares.)
create index appointments_location_created_idx on appointments (location_id, created_at);
create index appointments_location_start_idx on appointments (location_id, start_at);

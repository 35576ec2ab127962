-- The stage-history trigger looked up each new history row's location with a join to opportunities. For a
-- statement's few thousand rows the planner prefers hashing the whole opportunities table to as many index
-- probes, so every import chunk paid a scan that grew with the table (about 25 ms per 10,000 rows at 200,000
-- opportunities, 250 ms at 1,000,000). A scalar subquery per row is always a primary-key probe.
create or replace function stage_history_mark_rollups() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct h.location_id, (h.entered_at at time zone l.timezone)::date
        from (select (select op.location_id from opportunities op where op.id = o.opportunity_id) as location_id,
                     o.entered_at
              from old_rows o) h
        join locations l on l.id = h.location_id
        on conflict do nothing;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct h.location_id, (h.entered_at at time zone l.timezone)::date
        from (select (select op.location_id from opportunities op where op.id = n.opportunity_id) as location_id,
                     n.entered_at
              from new_rows n) h
        join locations l on l.id = h.location_id
        on conflict do nothing;
    end if;
    return null;
end
$$;

-- Marks every local day that holds any counted event, for a full rebuild.
insert into rollup_dirty_days (location_id, day)
select distinct e.location_id, (e.instant at time zone l.timezone)::date
from (
    select location_id, created_at as instant from contacts
    union all
    select o.location_id, unnest(array[o.created_at, o.won_at, o.lost_at]) from opportunities o
    union all
    select o.location_id, h.entered_at
    from opportunity_stage_history h
    join opportunities o on o.id = h.opportunity_id
) e
join locations l on l.id = e.location_id
where e.instant is not null
on conflict do nothing

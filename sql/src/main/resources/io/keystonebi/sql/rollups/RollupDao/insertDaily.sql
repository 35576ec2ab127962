-- Recomputes every dimension of the given local days from the base tables.
-- Each fact table is read once, within the time span the dirty days cover (so a small refresh uses the
-- created_at/won_at indexes and a full rebuild scans each table once), and each fact is then kept only
-- when its local day is one of the dirty days.
with dirty as (
    select t.location_id, t.day
    from unnest(cast(:locationIds as bigint[]), cast(:days as date[])) as t (location_id, day)
),
span as (
    select min(d.day::timestamp at time zone l.timezone)       as first_start,
           max((d.day + 1)::timestamp at time zone l.timezone) as last_end
    from dirty d
    join locations l on l.id = d.location_id
),
events as (
    select c.location_id, c.created_at as at, c.assigned_user_id as user_id, coalesce(c.source, '') as source,
           null::bigint as stage_id, 1 as leads, 0 as created, 0 as won, 0::numeric as revenue, 0 as lost,
           0 as entries
    from contacts c, span
    where c.created_at >= span.first_start and c.created_at < span.last_end
      and c.deleted_at is null
      and (c.type = 'lead' or c.type is null)
    union all
    select o.location_id, o.created_at, o.assigned_user_id, coalesce(o.source, ''), null, 0, 1, 0, 0, 0, 0
    from opportunities o, span
    where o.created_at >= span.first_start and o.created_at < span.last_end
      and o.deleted_at is null
    union all
    select o.location_id, o.won_at, o.assigned_user_id, coalesce(o.source, ''), null, 0, 0, 1,
           coalesce(o.monetary_value, 0), 0, 0
    from opportunities o, span
    where o.won_at >= span.first_start and o.won_at < span.last_end
      and o.deleted_at is null
      and o.status = 'won'
    union all
    select o.location_id, o.lost_at, o.assigned_user_id, coalesce(o.source, ''), null, 0, 0, 0, 0, 1, 0
    from opportunities o, span
    where o.lost_at >= span.first_start and o.lost_at < span.last_end
      and o.deleted_at is null
      and o.status = 'lost'
    union all
    select o.location_id, h.entered_at, o.assigned_user_id, coalesce(o.source, ''), h.stage_id, 0, 0, 0, 0, 0, 1
    from opportunity_stage_history h
    join opportunities o on o.id = h.opportunity_id, span
    where h.entered_at >= span.first_start and h.entered_at < span.last_end
      and o.deleted_at is null
),
-- Materialised so the local day is a plain column the dirty days can be hash-joined on.
dated as materialized (
    select e.*, (e.at at time zone l.timezone)::date as day
    from events e
    join locations l on l.id = e.location_id
),
facts as (
    select f.*
    from dated f
    join dirty d on d.location_id = f.location_id and d.day = f.day
),
grouped as (
    select f.location_id,
           f.day,
           case
               when grouping(f.user_id) = 0 then 'agent'
               when grouping(u.team_id) = 0 then 'team'
               when grouping(f.source) = 0 then 'source'
               when grouping(f.stage_id) = 0 then 'stage'
               else 'all'
           end as dimension,
           case
               when grouping(f.user_id) = 0 then coalesce(f.user_id::text, '')
               when grouping(u.team_id) = 0 then coalesce(u.team_id::text, '')
               when grouping(f.source) = 0 then f.source
               when grouping(f.stage_id) = 0 then coalesce(f.stage_id::text, '')
               else ''
           end as dimension_key,
           sum(f.leads) as leads,
           sum(f.created) as opportunities_created,
           sum(f.won) as deals_won,
           sum(f.revenue) as revenue_won,
           sum(f.lost) as deals_lost,
           sum(f.entries) as stage_entries
    from facts f
    left join users u on u.id = f.user_id
    group by grouping sets (
        (f.location_id, f.day),
        (f.location_id, f.day, f.user_id),
        (f.location_id, f.day, u.team_id),
        (f.location_id, f.day, f.source),
        (f.location_id, f.day, f.stage_id)
    )
)
insert into rollup_daily (location_id, day, dimension, dimension_key, leads, opportunities_created, deals_won,
                          revenue_won, deals_lost, stage_entries)
select location_id, day, dimension, dimension_key, leads, opportunities_created, deals_won, revenue_won,
       deals_lost, stage_entries
from grouped
-- Facts other than stage entries carry no stage; they belong to no stage slice.
where not (dimension = 'stage' and dimension_key = '')

-- Recomputes every dimension of the given local days from the base tables.
with dirty as (
    select t.location_id,
           t.day,
           (t.day::timestamp at time zone l.timezone)       as day_start,
           ((t.day + 1)::timestamp at time zone l.timezone) as day_end
    from unnest(cast(:locationIds as bigint[]), cast(:days as date[])) as t (location_id, day)
    join locations l on l.id = t.location_id
),
facts as (
    select d.location_id, d.day, c.assigned_user_id as user_id, coalesce(c.source, '') as source,
           null::bigint as stage_id, 1 as leads, 0 as created, 0 as won, 0::numeric as revenue, 0 as lost,
           0 as entries
    from dirty d
    join contacts c on c.location_id = d.location_id
                   and c.created_at >= d.day_start and c.created_at < d.day_end
    where c.deleted_at is null
      and (c.type = 'lead' or c.type is null)
    union all
    select d.location_id, d.day, o.assigned_user_id, coalesce(o.source, ''), null, 0, 1, 0, 0, 0, 0
    from dirty d
    join opportunities o on o.location_id = d.location_id
                        and o.created_at >= d.day_start and o.created_at < d.day_end
    where o.deleted_at is null
    union all
    select d.location_id, d.day, o.assigned_user_id, coalesce(o.source, ''), null, 0, 0, 1,
           coalesce(o.monetary_value, 0), 0, 0
    from dirty d
    join opportunities o on o.location_id = d.location_id
                        and o.won_at >= d.day_start and o.won_at < d.day_end
    where o.deleted_at is null
      and o.status = 'won'
    union all
    select d.location_id, d.day, o.assigned_user_id, coalesce(o.source, ''), null, 0, 0, 0, 0, 1, 0
    from dirty d
    join opportunities o on o.location_id = d.location_id
                        and o.lost_at >= d.day_start and o.lost_at < d.day_end
    where o.deleted_at is null
      and o.status = 'lost'
    union all
    select d.location_id, d.day, o.assigned_user_id, coalesce(o.source, ''), h.stage_id, 0, 0, 0, 0, 0, 1
    from dirty d
    join opportunities o on o.location_id = d.location_id
    join opportunity_stage_history h on h.opportunity_id = o.id
                                    and h.entered_at >= d.day_start and h.entered_at < d.day_end
    where o.deleted_at is null
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

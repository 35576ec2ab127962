-- When the brokerage works, by local weekday and hour: the period's activity (messages and calls other than GHL's
-- activity entries, appointments by booking time, notes, tasks created and completed), its deals' stage entries,
-- and, only when there is no activity, the leads created in it (the page then falls back to these and the stage
-- entries). Activity counts in a scope by the user who did it, else the contact's agent; stage entries by the deal's
-- agent.
with bounds as materialized (
    select l.id as location_id, l.timezone,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
activity as materialized (
    select 'activity' as kind, m.created_at at time zone b.timezone as local_at
    from bounds b
    join messages m on m.location_id = b.location_id and m.created_at >= b.starts_at and m.created_at < b.ends_at
    left join contacts c on c.id = m.contact_id
    where m.deleted_at is null
      and coalesce(m.channel, '') not like 'activity%'
      and (:scopeAll or coalesce(m.user_id, c.assigned_user_id) = any(:scopeUsers))
    union all
    select 'activity', coalesce(a.created_at, a.start_at) at time zone b.timezone
    from bounds b
    join appointments a on a.location_id = b.location_id
    left join contacts c on c.id = a.contact_id
    where a.deleted_at is null
      and coalesce(a.created_at, a.start_at) >= b.starts_at and coalesce(a.created_at, a.start_at) < b.ends_at
      and (:scopeAll or coalesce(a.assigned_user_id, c.assigned_user_id) = any(:scopeUsers))
    union all
    select 'activity', n.created_at at time zone b.timezone
    from bounds b
    join notes n on n.location_id = b.location_id and n.created_at >= b.starts_at and n.created_at < b.ends_at
    left join contacts c on c.id = n.contact_id
    where n.deleted_at is null
      and (:scopeAll or coalesce(n.user_id, c.assigned_user_id) = any(:scopeUsers))
    union all
    select 'activity', x.at at time zone b.timezone
    from bounds b
    join tasks t on t.location_id = b.location_id
    cross join lateral (values (t.created_at), (t.completed_at)) as x (at)
    left join contacts c on c.id = t.contact_id
    where t.deleted_at is null
      and x.at >= b.starts_at and x.at < b.ends_at
      and (:scopeAll or coalesce(t.assigned_user_id, c.assigned_user_id) = any(:scopeUsers))
),
-- Lead creations are only read when there is no activity to show.
events as (
    select kind, local_at from activity
    union all
    select 'stage', h.entered_at at time zone b.timezone
    from bounds b
    join opportunity_stage_history h on h.entered_at >= b.starts_at and h.entered_at < b.ends_at
    join opportunities o on o.id = h.opportunity_id and o.location_id = b.location_id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
    union all
    select 'created', c.created_at at time zone b.timezone
    from bounds b
    join contacts c on c.location_id = b.location_id and c.created_at >= b.starts_at and c.created_at < b.ends_at
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and not exists (select 1 from activity)
),
-- Events at the same local moment are counted together first (imports that carry dates only put whole days on one
-- moment); date_part rather than extract, which computes a numeric.
moments as (
    select kind, local_at, count(*) as events
    from events
    group by kind, local_at
)
select kind,
       date_part('isodow', local_at)::int as weekday,
       date_part('hour', local_at)::int as hour,
       sum(events) as events,
       coalesce(sum(events) filter (where local_at::time = time '00:00'), 0) as at_midnight
from moments
group by 1, 2, 3
order by 1, 2, 3

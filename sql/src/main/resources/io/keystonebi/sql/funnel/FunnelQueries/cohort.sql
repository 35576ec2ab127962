-- The lead funnel of up to three windows (the period, the compared period, the norm before the period) in one
-- statement. Each window's cohort is the leads created in it; each lead is placed at the furthest step it reached
-- by the window's end (0 Lead to 4 Closed) as FunnelQueries/placement.sql defines, inserted below as a define. The
-- outcome is won (step 4), lost (it had deals by the end and none of them was open then) or open.
-- Per lead also: whether it was first contacted within :speedToLeadSeconds of its creation; its last touch (latest
-- of creation, GHL's last activity, messages, appointments, notes, tasks and its deals' stage entries, all before
-- the end); an engagement score for open leads (recency of the last touch 0-60 plus stage progress 0-40) and its
-- temperature; whether it has an open deal idle (last touch more than :idleDays before the end); and the days from
-- each step's entry to the next step it reached (for the velocity medians).
-- The leads are counted once per grouping set; grouping() names the set in the kind column.
with windows as (
    select w.name, w.from_day, w.to_day
    from (values ('period', cast(:from as date), cast(:to as date)),
                 ('base', cast(:baseFrom as date), cast(:baseTo as date)),
                 ('norm', cast(:normFrom as date), cast(:normTo as date))) as w (name, from_day, to_day)
    where w.from_day is not null and w.to_day is not null
),
locations_in_use as materialized (
    select l.id as location_id, l.timezone,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
bounds as (
    select l.location_id, l.timezone, l.uses_lead_type, w.name as window_name,
           w.from_day::timestamp at time zone l.timezone as starts_at,
           w.to_day::timestamp at time zone l.timezone as ends_at
    from locations_in_use l
    cross join windows w
),
leads as (
    select c.id, b.window_name, b.ends_at, c.created_at,
           case when c.last_activity_at < b.ends_at then c.last_activity_at end as ghl_activity_at,
           coalesce(nullif(btrim(c.source), ''), '(none)') as source,
           c.assigned_user_id as agent_id,
           date_trunc(cast(:unit as text), c.created_at at time zone b.timezone)::date as bucket
    from contacts c
    join bounds b on b.location_id = c.location_id
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= b.starts_at
      and c.created_at < b.ends_at
),
<placement>,
placed as (
    select l.window_name, l.source, l.agent_id, l.bucket, l.created_at, l.ends_at,
           p.has_deal, p.has_open_deal, p.contacted_at, p.qualified_at, p.proposal_at, p.closed_at, p.step,
           greatest(l.created_at, l.ghl_activity_at, p.last_entry_at, p.last_activity_at) as last_touch_at
    from leads l
    join placement p on p.id = l.id and p.window_name = l.window_name
),
facts as materialized (
    select p.*, s.outcome,
           s.outcome = 'open' and coalesce(p.has_open_deal, false)
               and p.last_touch_at < p.ends_at - make_interval(days => :idleDays) as idle,
           coalesce(p.contacted_at <= p.created_at + make_interval(secs => :speedToLeadSeconds), false) as fast,
           case when s.outcome = 'open' then
               case when r.score >= :hotScore then 'hot' when r.score >= :warmScore then 'warm' else 'cold' end
           end as temperature,
           -- date_part, not extract: a double precision rather than a numeric, many times cheaper.
           date_part('epoch', least(p.contacted_at, p.qualified_at, p.proposal_at, p.closed_at) - p.created_at)
               / 86400 as days_0,
           date_part('epoch', least(p.qualified_at, p.proposal_at, p.closed_at) - p.contacted_at) / 86400 as days_1,
           date_part('epoch', least(p.proposal_at, p.closed_at) - p.qualified_at) / 86400 as days_2,
           date_part('epoch', p.closed_at - p.proposal_at) / 86400 as days_3
    from placed p
    cross join lateral (
        select case when p.closed_at is not null then 'won'
                    when coalesce(p.has_deal, false) and not coalesce(p.has_open_deal, false) then 'lost'
                    else 'open' end as outcome
    ) s
    cross join lateral (
        select (case when p.ends_at - p.last_touch_at <= interval '2 days' then 60
                     when p.ends_at - p.last_touch_at <= interval '7 days' then 45
                     when p.ends_at - p.last_touch_at <= interval '14 days' then 30
                     when p.ends_at - p.last_touch_at <= interval '30 days' then 15
                     else 0 end)
               + (case p.step when 1 then 10 when 2 then 25 when 3 then 40 else 0 end) as score
    ) r
),
-- A step's time to the next is kept only when the next came at or after it (imports can date them otherwise).
velocity as (
    select f.window_name,
           percentile_cont(0.5) within group (order by f.days_0) filter (where f.days_0 >= 0) as median_0,
           percentile_cont(0.5) within group (order by f.days_1) filter (where f.days_1 >= 0) as median_1,
           percentile_cont(0.5) within group (order by f.days_2) filter (where f.days_2 >= 0) as median_2,
           percentile_cont(0.5) within group (order by f.days_3) filter (where f.days_3 >= 0) as median_3,
           count(*) filter (where f.days_0 >= 0) as moved_0,
           count(*) filter (where f.days_1 >= 0) as moved_1,
           count(*) filter (where f.days_2 >= 0) as moved_2,
           count(*) filter (where f.days_3 >= 0) as moved_3
    from facts f
    group by f.window_name
),
counts as (
    select f.window_name,
           case when grouping(f.temperature) = 0 then 'temperature'
                when grouping(f.fast) = 0 then 'speed'
                when grouping(f.idle) = 0 then 'idle'
                when grouping(f.agent_id) = 0 then 'agent'
                when grouping(f.bucket) = 0 and grouping(f.source) = 0 then 'bucket_source'
                when grouping(f.bucket) = 0 then 'bucket'
                when grouping(f.source) = 0 then 'source'
                when grouping(f.step) = 0 then 'step'
                else 'window' end as kind,
           f.source, f.agent_id, f.bucket, f.step, f.outcome, f.temperature, f.fast, f.idle,
           count(*) as leads
    from facts f
    group by grouping sets (
        (f.window_name),
        (f.window_name, f.step),
        (f.window_name, f.source, f.step, f.outcome),
        (f.window_name, f.agent_id, f.step),
        (f.window_name, f.bucket, f.source),
        (f.window_name, f.bucket, f.step),
        (f.window_name, f.temperature),
        (f.window_name, f.fast, f.step),
        (f.window_name, f.idle, f.step)
    )
)
select c.window_name as window, c.kind, c.source, c.agent_id, u.name as agent_name, c.bucket, c.step, c.outcome,
       c.temperature, c.fast, c.idle, c.leads,
       case when c.kind = 'window' then array[v.median_0, v.median_1, v.median_2, v.median_3] end as median_days,
       case when c.kind = 'window' then array[v.moved_0, v.moved_1, v.moved_2, v.moved_3] end as moved_on
from counts c
left join velocity v on v.window_name = c.window_name
left join users u on u.id = c.agent_id
order by c.window_name, c.kind, c.bucket, c.source, c.agent_id, c.step

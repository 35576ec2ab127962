-- The lead funnel of up to three windows (the period, the compared period, the norm before the period) in one
-- statement. Each window's cohort is the leads created in it; each lead is placed as of the window's end:
--   step 4 Closed     a deal of the lead was won before the end (the summary's conversion);
--   step 3 Proposal   one of its deals entered a Proposal stage before the end;
--   step 2 Qualified  ... a Qualified stage;
--   step 1 Contacted  ... a Contacted stage, or (with :contactedByActivity) the lead had an outbound message or call
--                     by a person, a connected call or an appointment before the end;
--   step 0 Lead       otherwise.
-- A stage's step is the configured name lists' (highest first), else its own funnel_stage. Stage entries are the
-- history's, plus each deal's current stage at its last stage change (imports without history). The outcome is won
-- (step 4), lost (it had deals by the end and none of them was open then) or open.
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
steps as (
    select s.id,
           coalesce(
               case when lower(btrim(s.name)) = any(cast(:proposalStages as text[])) then 3
                    when lower(btrim(s.name)) = any(cast(:qualifiedStages as text[])) then 2
                    when lower(btrim(s.name)) = any(cast(:contactedStages as text[])) then 1 end,
               case s.funnel_stage when 'proposal' then 3 when 'qualified' then 2 when 'contacted' then 1 end
           ) as step
    from pipeline_stages s
),
leads as (
    select c.id, b.window_name, b.ends_at, c.created_at,
           case when c.last_activity_at < b.ends_at then c.last_activity_at end as ghl_activity_at,
           coalesce(nullif(btrim(c.source), ''), 'unknown') as source,
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
-- Each deal of a lead with its stage entries before the end (a deal without any still counts for won and open).
deals as materialized (
    select l.id, l.window_name,
           min(o.won_at) filter (where o.status = 'won') as won_at,
           bool_or(o.created_at is null or o.created_at < l.ends_at) as has_deal,
           bool_or((o.created_at is null or o.created_at < l.ends_at)
                   and (o.status = 'open'
                        or coalesce((case o.status when 'won' then o.won_at else o.lost_at end) >= l.ends_at, false)))
               as has_open_deal,
           min(e.entered_at) filter (where st.step = 1) as contacted_stage_at,
           min(e.entered_at) filter (where st.step = 2) as qualified_at,
           min(e.entered_at) filter (where st.step = 3) as proposal_at,
           max(e.entered_at) as last_entry_at
    from leads l
    join opportunities o on o.contact_id = l.id and o.deleted_at is null
    left join lateral (
        select h.stage_id, h.entered_at
        from opportunity_stage_history h
        where h.opportunity_id = o.id and h.entered_at < l.ends_at
        union all
        select o.stage_id, coalesce(o.last_stage_change_at, o.created_at)
        where o.stage_id is not null and coalesce(o.last_stage_change_at, o.created_at) < l.ends_at
    ) e on true
    left join steps st on st.id = e.stage_id
    group by l.id, l.window_name
),
-- Activity with the lead before the end, in one pass over its messages, appointments, notes and tasks: the first
-- contact by a person (an outbound message or call with a user or sent from the app, a connected call, an
-- appointment) and the last touch of any kind. GHL's activity entries (stage changes written as messages) are no
-- contact.
touches as materialized (
    select l.id, l.window_name,
           min(x.at) filter (where x.contact) as contacted_by_activity_at,
           max(x.at) as last_activity_at
    from leads l
    join (
        select m.contact_id, m.created_at as at,
               coalesce(m.channel, '') not like 'activity%'
                   and ((m.direction = 'outbound' and (m.origin = 'app' or m.user_id is not null))
                        or (m.channel = 'call' and m.call_duration_s > 0)) as contact
        from messages m
        where m.deleted_at is null
        union all
        select a.contact_id, coalesce(a.created_at, a.start_at), true
        from appointments a
        where a.deleted_at is null
        union all
        select n.contact_id, n.created_at, false
        from notes n
        where n.deleted_at is null
        union all
        select t.contact_id, w.at, false
        from tasks t
        cross join lateral (values (t.created_at), (t.completed_at)) as w (at)
        where t.deleted_at is null
    ) x on x.contact_id = l.id and x.at < l.ends_at
    group by l.id, l.window_name
),
placed as (
    select l.window_name, l.source, l.agent_id, l.bucket, l.created_at, l.ends_at,
           d.has_deal, d.has_open_deal,
           least(d.contacted_stage_at, case when :contactedByActivity then t.contacted_by_activity_at end)
               as contacted_at,
           d.qualified_at, d.proposal_at,
           case when d.won_at < l.ends_at then d.won_at end as closed_at,
           greatest(l.created_at, l.ghl_activity_at, d.last_entry_at, t.last_activity_at) as last_touch_at
    from leads l
    left join touches t on t.id = l.id and t.window_name = l.window_name
    left join deals d on d.id = l.id and d.window_name = l.window_name
),
facts as materialized (
    select p.*, s.step, s.outcome,
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
        select case when p.closed_at is not null then 4
                    when p.proposal_at is not null then 3
                    when p.qualified_at is not null then 2
                    when p.contacted_at is not null then 1
                    else 0 end as step,
               case when p.closed_at is not null then 'won'
                    when coalesce(p.has_deal, false) and not coalesce(p.has_open_deal, false) then 'lost'
                    else 'open' end as outcome
    ) s
    cross join lateral (
        select (case when p.ends_at - p.last_touch_at <= interval '2 days' then 60
                     when p.ends_at - p.last_touch_at <= interval '7 days' then 45
                     when p.ends_at - p.last_touch_at <= interval '14 days' then 30
                     when p.ends_at - p.last_touch_at <= interval '30 days' then 15
                     else 0 end)
               + (case s.step when 1 then 10 when 2 then 25 when 3 then 40 else 0 end) as score
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

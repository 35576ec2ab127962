-- Where each lead stands in the funnel at the end of its window: the one definition of the funnel's steps, shared
-- by the funnel's counts (FunnelQueries/cohort.sql) and the leads drill (rows/RowsQueries/leads.sql), which put
-- it into their WITH list as a define. It reads a CTE named leads (id, window_name, ends_at) and the binds
-- :contactedStages, :qualifiedStages, :proposalStages and :contactedByActivity, and gives the CTEs steps, deals,
-- touches and placement, one row per lead and window in placement:
--   step 4 Closed     a deal of the lead was won before the end (the summary's conversion);
--   step 3 Proposal   one of its deals entered a Proposal stage before the end;
--   step 2 Qualified  ... a Qualified stage;
--   step 1 Contacted  ... a Contacted stage, or (with :contactedByActivity) the lead had an outbound message or call
--                     by a person, a connected call or an appointment before the end;
--   step 0 Lead       otherwise.
-- A stage's step is the configured name lists' (highest first), else its own funnel_stage. Stage entries are the
-- history's, plus each deal's current stage at its last stage change (imports without history).
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
placement as (
    select r.*,
           case when r.closed_at is not null then 4
                when r.proposal_at is not null then 3
                when r.qualified_at is not null then 2
                when r.contacted_at is not null then 1
                else 0 end as step
    from (
        select l.id, l.window_name, d.has_deal, d.has_open_deal,
               least(d.contacted_stage_at, case when :contactedByActivity then t.contacted_by_activity_at end)
                   as contacted_at,
               d.qualified_at, d.proposal_at,
               case when d.won_at < l.ends_at then d.won_at end as closed_at,
               d.last_entry_at, t.last_activity_at
        from leads l
        left join touches t on t.id = l.id and t.window_name = l.window_name
        left join deals d on d.id = l.id and d.window_name = l.window_name
    ) r
)

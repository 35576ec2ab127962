-- Every figure of a summary in one statement, so all of them come from one snapshot without a transaction
-- around several statements. The period and, when given, the one it is compared with share one pass over each
-- table; revenue to date and the leaderboard follow. Every location gets all bounds as instants at its own
-- local midnights (once per location, not once per row), and each figure is a filtered aggregate.
-- A location counts only contacts of type 'lead' as leads once it uses that type at all; otherwise every
-- contact is a lead. A lead is converted when its first won opportunity was won before the period's end.
-- Open at an instant t: created by t (or creation unknown, as for imported prospects) and either still open
-- or closed after t; won deals close at won_at, lost and abandoned ones at lost_at, and a closed deal without
-- a close date counts as closed. Without a compared period the base_ columns are 0.
-- The caller's data scope keeps deals and leads assigned to its users (:scopeAll for the whole brokerage).
-- The pipeline health figures describe the deals open at the period's end, as of that instant; stage win
-- probabilities and stages' normal times are learned from all history, brokerage-wide (see
-- docs/pages/summary.md), so a small scope is judged by the same yardstick as the whole brokerage.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           cast(:baseFrom as date)::timestamp at time zone l.timezone as base_starts_at,
           cast(:baseTo as date)::timestamp at time zone l.timezone as base_ends_at,
           cast(:monthStart as date)::timestamp at time zone l.timezone as month_starts_at,
           cast(:quarterStart as date)::timestamp at time zone l.timezone as quarter_starts_at,
           cast(:yearStart as date)::timestamp at time zone l.timezone as year_starts_at,
           cast(:tomorrow as date)::timestamp at time zone l.timezone as today_ends_at,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
-- GCI at rates: each deal's value times its property type's commission rate, else :commissionRate (used only
-- when deal values are sale prices).
revenue as (
    select coalesce(sum(o.monetary_value) filter (
               where o.won_at >= b.starts_at and o.won_at < b.ends_at), 0) as revenue,
           coalesce(sum(o.monetary_value) filter (
               where o.won_at >= b.base_starts_at and o.won_at < b.base_ends_at), 0) as base_revenue,
           count(*) filter (where o.won_at >= b.starts_at and o.won_at < b.ends_at) as won_deals,
           count(*) filter (where o.won_at >= b.base_starts_at and o.won_at < b.base_ends_at) as base_won_deals,
           round(coalesce(sum(o.monetary_value * coalesce(pt.commission_rate, :commissionRate)) filter (
               where o.won_at >= b.starts_at and o.won_at < b.ends_at), 0), 2) as gci_at_rates,
           round(coalesce(sum(o.monetary_value * coalesce(pt.commission_rate, :commissionRate)) filter (
               where o.won_at >= b.base_starts_at and o.won_at < b.base_ends_at), 0), 2) as base_gci_at_rates
    from opportunities o
    join bounds b on b.location_id = o.location_id
    left join property_types pt on pt.id = o.property_type_id
    where o.status = 'won'
      and o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and o.won_at >= least(b.starts_at, coalesce(b.base_starts_at, b.starts_at))
      and o.won_at < greatest(b.ends_at, coalesce(b.base_ends_at, b.ends_at))
),
-- One pass over the year's won deals through the end of today; the month and quarter are filters inside it
-- (they never start before the year does).
revenue_to_date as (
    select coalesce(sum(o.monetary_value) filter (where o.won_at >= b.month_starts_at), 0) as mtd,
           coalesce(sum(o.monetary_value) filter (where o.won_at >= b.quarter_starts_at), 0) as qtd,
           coalesce(sum(o.monetary_value), 0) as ytd
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and o.won_at >= b.year_starts_at
      and o.won_at < b.today_ends_at
),
first_won as (
    select o.contact_id, min(o.won_at) as won_at
    from opportunities o
    where o.status = 'won' and o.deleted_at is null and o.contact_id is not null
    group by o.contact_id
),
-- Lost deals closed in each period, for the win rate (abandoned ones are neither won nor lost).
lost as (
    select count(*) filter (where o.lost_at >= b.starts_at and o.lost_at < b.ends_at) as lost_deals,
           count(*) filter (where o.lost_at >= b.base_starts_at and o.lost_at < b.base_ends_at) as base_lost_deals
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'lost'
      and o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and o.lost_at >= least(b.starts_at, coalesce(b.base_starts_at, b.starts_at))
      and o.lost_at < greatest(b.ends_at, coalesce(b.base_ends_at, b.ends_at))
),
-- A lead's first reply is the first outbound call, message or e-mail a person sent it (origin 'app', or a user
-- without an origin; workflows, campaigns and bulk sends do not count, nor do activity entries), at any time
-- after its creation. One probe of messages_contact_idx per lead of the two periods.
leads as (
    select c.created_at >= b.starts_at and c.created_at < b.ends_at as in_period,
           c.created_at >= b.base_starts_at and c.created_at < b.base_ends_at as in_base,
           w.won_at < b.ends_at as converted,
           w.won_at < b.base_ends_at as base_converted,
           extract(epoch from r.replied_at - c.created_at) / 60 as reply_minutes
    from contacts c
    join bounds b on b.location_id = c.location_id
    left join first_won w on w.contact_id = c.id
    left join lateral (
        select min(m.created_at) as replied_at
        from messages m
        where m.contact_id = c.id
          and m.created_at >= c.created_at
          and m.direction = 'outbound'
          and m.deleted_at is null
          and (m.origin = 'app' or (m.origin is null and m.user_id is not null))
          and (m.message_type is null or m.message_type not ilike '%activity%')
    ) r on true
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= least(b.starts_at, coalesce(b.base_starts_at, b.starts_at))
      and c.created_at < greatest(b.ends_at, coalesce(b.base_ends_at, b.ends_at))
),
lead_counts as (
    select count(*) filter (where in_period) as leads,
           count(*) filter (where in_period and converted) as converted_leads,
           count(*) filter (where in_base) as base_leads,
           count(*) filter (where in_base and base_converted) as base_converted_leads,
           count(reply_minutes) filter (where in_period) as answered_leads,
           count(reply_minutes) filter (where in_base) as base_answered_leads,
           percentile_cont(0.5) within group (order by reply_minutes) filter (where in_period)
               as speed_to_lead_minutes,
           percentile_cont(0.5) within group (order by reply_minutes) filter (where in_base)
               as base_speed_to_lead_minutes
    from leads
),
-- Appointments set count by booking time; held and no-shows by start time, i.e. the meetings due in the period.
appointment_counts as (
    select count(*) filter (where a.created_at >= b.starts_at and a.created_at < b.ends_at) as appointments_set,
           count(*) filter (where a.created_at >= b.base_starts_at and a.created_at < b.base_ends_at)
               as base_appointments_set,
           count(*) filter (where a.status = 'showed' and a.start_at >= b.starts_at and a.start_at < b.ends_at)
               as appointments_held,
           count(*) filter (where a.status = 'noshow' and a.start_at >= b.starts_at and a.start_at < b.ends_at)
               as appointments_no_show,
           count(*) filter (where a.status = 'showed' and a.start_at >= b.base_starts_at
               and a.start_at < b.base_ends_at) as base_appointments_held,
           count(*) filter (where a.status = 'noshow' and a.start_at >= b.base_starts_at
               and a.start_at < b.base_ends_at) as base_appointments_no_show
    from appointments a
    join bounds b on b.location_id = a.location_id
    where a.deleted_at is null
      and (:scopeAll or a.assigned_user_id = any(:scopeUsers))
      and ((a.created_at >= least(b.starts_at, coalesce(b.base_starts_at, b.starts_at))
            and a.created_at < greatest(b.ends_at, coalesce(b.base_ends_at, b.ends_at)))
        or (a.start_at >= least(b.starts_at, coalesce(b.base_starts_at, b.starts_at))
            and a.start_at < greatest(b.ends_at, coalesce(b.base_ends_at, b.ends_at))))
),
-- Whether any activity was ever synced: without messages or appointments their cards say so instead of 0.
activity as (
    select exists (select 1 from messages m where m.deleted_at is null) as has_messages,
           exists (select 1 from appointments a where a.deleted_at is null) as has_appointments
),
pipeline as (
    select coalesce(sum(o.monetary_value) filter (
               where (o.created_at is null or o.created_at <= b.ends_at)
                 and (o.status = 'open' or o.closed_at > b.ends_at)), 0) as pipeline_value,
           coalesce(sum(o.monetary_value) filter (
               where (o.created_at is null or o.created_at <= b.base_ends_at)
                 and (o.status = 'open' or o.closed_at > b.base_ends_at)), 0) as base_pipeline_value
    from (
        select location_id, status, monetary_value, created_at,
               case status when 'won' then won_at else lost_at end as closed_at
        from opportunities
        where deleted_at is null
          and (:scopeAll or assigned_user_id = any(:scopeUsers))
    ) o
    join bounds b on b.location_id = o.location_id
    -- Deals closed before both instants drop out before the two filtered sums look at them.
    where o.status = 'open'
       or o.closed_at > least(b.ends_at, coalesce(b.base_ends_at, b.ends_at))
),
-- The agents' summed revenue target of each month overlapping the period; the service prorates them.
targets as (
    select t.month, sum(t.revenue_target) as revenue_target
    from agent_targets t
    where t.month >= date_trunc('month', cast(:from as date))::date
      and t.month < cast(:to as date)
      and (:scopeAll or t.user_id = any(:scopeUsers))
    group by t.month
),
-- The stage model learned from history (stageStatistics.sql), passed in: each stage's win probability and
-- normal stay (negative when unknown). A stage not in it, or a deal without a stage, takes :fallbackOdds.
stage_model as (
    select m.stage_id, cast(m.win_probability as numeric) as win_probability, m.basis,
           case when m.normal_seconds >= 0 then m.normal_seconds * interval '1 second' end as normal_stay
    from unnest(cast(:stageIds as bigint[]), cast(:stageOdds as float8[]), cast(:stageBases as text[]),
                cast(:stageNormalSeconds as float8[])) as m(stage_id, win_probability, basis, normal_seconds)
),
-- Each pipeline's earliest stage, by position (a deal without a stage is not counted as in it).
earliest_stages as (
    select distinct on (s.pipeline_id) s.id as stage_id
    from pipeline_stages s
    where s.deleted_at is null
    order by s.pipeline_id, s.position, s.id
),
-- The contacts someone was in touch with, by message or appointment, within :touchedWithin before the end.
recent_contacts as (
    select m.contact_id
    from messages m
    join bounds b on b.location_id = m.location_id
    where m.created_at >= b.ends_at - :touchedWithin * interval '1 second'
      and m.created_at < b.ends_at
      and m.deleted_at is null
    union
    select a.contact_id
    from appointments a
    join bounds b on b.location_id = a.location_id
    where a.deleted_at is null
      and ((a.created_at >= b.ends_at - :touchedWithin * interval '1 second' and a.created_at < b.ends_at)
        or (a.start_at >= b.ends_at - :touchedWithin * interval '1 second' and a.start_at < b.ends_at))
),
-- The deals open at the period's end, each judged by its current stage, entered at its last stage change (or its
-- creation when it never changed stage). A deal that changed stage after the end had an unknown stage then: it
-- takes :fallbackOdds, is not counted in the earliest stage and has no known age.
-- Touched: created, moved or changed status within :touchedWithin before the end, or its contact in touch then.
judged_deals as (
    select coalesce(o.monetary_value, 0) as value,
           coalesce(sm.win_probability, cast(:fallbackOdds as numeric)) as win_probability,
           coalesce(sm.basis, 'borrowed') as odds_basis,
           o.stage_id in (select e.stage_id from earliest_stages e) and stage_known as in_earliest_stage,
           b.ends_at - case when o.last_stage_change_at is null then o.created_at
                            when o.last_stage_change_at < b.ends_at then o.last_stage_change_at end
               <= sm.normal_stay as within_normal,
           (o.created_at >= b.ends_at - :touchedWithin * interval '1 second' and o.created_at < b.ends_at)
               or (o.last_stage_change_at >= b.ends_at - :touchedWithin * interval '1 second'
                   and o.last_stage_change_at < b.ends_at)
               or (o.last_status_change_at >= b.ends_at - :touchedWithin * interval '1 second'
                   and o.last_status_change_at < b.ends_at)
               or o.contact_id in (select r.contact_id from recent_contacts r) as touched
    from opportunities o
    join bounds b on b.location_id = o.location_id
    cross join lateral (select o.last_stage_change_at is null or o.last_stage_change_at < b.ends_at as stage_known) k
    left join stage_model sm on sm.stage_id = o.stage_id and k.stage_known
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and (o.created_at is null or o.created_at <= b.ends_at)
      and (o.status = 'open'
           or (case o.status when 'won' then o.won_at else o.lost_at end) > b.ends_at)
),
health as (
    select count(*) as open_deals,
           coalesce(sum(value), 0) as open_value,
           round(coalesce(sum(value * win_probability), 0), 2) as weighted_pipeline,
           count(*) filter (where touched) as touched_deals,
           count(within_normal) as aging_known_deals,
           count(*) filter (where within_normal) as within_normal_deals,
           coalesce(sum(value) filter (where in_earliest_stage), 0) as earliest_stage_value,
           count(*) filter (where odds_basis = 'configured') as configured_odds_deals,
           count(*) filter (where odds_basis = 'learned') as learned_odds_deals,
           count(*) filter (where odds_basis = 'borrowed') as borrowed_odds_deals
    from judged_deals
),
-- rank() rather than row_number(): agents with equal revenue share a place on the leaderboard.
top_agents as (
    select u.id,
           u.name,
           sum(o.monetary_value) as revenue,
           rank() over (order by sum(o.monetary_value) desc) as rank
    from opportunities o
    join bounds b on b.location_id = o.location_id
    join users u on u.id = o.assigned_user_id
    where o.status = 'won'
      and o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and o.won_at >= b.starts_at
      and o.won_at < b.ends_at
    group by u.id, u.name
    having sum(o.monetary_value) > 0
    order by rank, u.name, u.id
    limit :limit
)
-- The leaderboard and the monthly targets come as arrays in matching order, so the summary stays one row.
select r.revenue, lc.leads, lc.converted_leads, p.pipeline_value,
       r.base_revenue, lc.base_leads, lc.base_converted_leads, p.base_pipeline_value,
       r.won_deals, l.lost_deals, r.gci_at_rates, lc.answered_leads, lc.speed_to_lead_minutes,
       ap.appointments_set, ap.appointments_held, ap.appointments_no_show,
       r.base_won_deals, l.base_lost_deals, r.base_gci_at_rates, lc.base_answered_leads,
       lc.base_speed_to_lead_minutes, ap.base_appointments_set, ap.base_appointments_held,
       ap.base_appointments_no_show,
       act.has_messages, act.has_appointments,
       t.mtd, t.qtd, t.ytd,
       h.open_deals, h.open_value, h.weighted_pipeline, h.touched_deals, h.aging_known_deals,
       h.within_normal_deals, h.earliest_stage_value, h.configured_odds_deals, h.learned_odds_deals,
       h.borrowed_odds_deals,
       array(select a.name from top_agents a order by a.rank, a.name, a.id) as top_agent_names,
       array(select a.revenue from top_agents a order by a.rank, a.name, a.id) as top_agent_revenues,
       array(select a.rank from top_agents a order by a.rank, a.name, a.id) as top_agent_ranks,
       array(select g.month from targets g order by g.month) as target_months,
       array(select g.revenue_target from targets g order by g.month) as target_amounts
from revenue r, revenue_to_date t, lead_counts lc, pipeline p, lost l, appointment_counts ap, activity act, health h

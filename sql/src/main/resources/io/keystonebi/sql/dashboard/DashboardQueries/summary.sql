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
revenue as (
    select coalesce(sum(o.monetary_value) filter (
               where o.won_at >= b.starts_at and o.won_at < b.ends_at), 0) as revenue,
           coalesce(sum(o.monetary_value) filter (
               where o.won_at >= b.base_starts_at and o.won_at < b.base_ends_at), 0) as base_revenue
    from opportunities o
    join bounds b on b.location_id = o.location_id
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
leads as (
    select c.created_at >= b.starts_at and c.created_at < b.ends_at as in_period,
           c.created_at >= b.base_starts_at and c.created_at < b.base_ends_at as in_base,
           w.won_at < b.ends_at as converted,
           w.won_at < b.base_ends_at as base_converted
    from contacts c
    join bounds b on b.location_id = c.location_id
    left join first_won w on w.contact_id = c.id
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
           count(*) filter (where in_base and base_converted) as base_converted_leads
    from leads
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
-- The leaderboard comes as three arrays in the same order, best first, so the summary stays one row.
select r.revenue, lc.leads, lc.converted_leads, p.pipeline_value,
       r.base_revenue, lc.base_leads, lc.base_converted_leads, p.base_pipeline_value,
       t.mtd, t.qtd, t.ytd,
       array(select a.name from top_agents a order by a.rank, a.name, a.id) as top_agent_names,
       array(select a.revenue from top_agents a order by a.rank, a.name, a.id) as top_agent_revenues,
       array(select a.rank from top_agents a order by a.rank, a.name, a.id) as top_agent_ranks
from revenue r, revenue_to_date t, lead_counts lc, pipeline p

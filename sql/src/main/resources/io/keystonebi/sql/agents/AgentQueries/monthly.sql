-- Revenue, won deals and leads per agent and local month in [since, until) (whole calendar months), for the
-- users in scope; leads as the summary counts them. Months in which an agent had neither are absent.
with bounds as (
    select l.id as location_id,
           l.timezone,
           cast(:since as date)::timestamp at time zone l.timezone as since_at,
           cast(:until as date)::timestamp at time zone l.timezone as until_at,
           exists (select 1 from contacts c
                   where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null) as uses_lead_type
    from locations l
),
won as (
    select o.assigned_user_id as agent_id,
           date_trunc('month', o.won_at at time zone b.timezone)::date as month,
           sum(coalesce(o.monetary_value, 0)) as revenue,
           count(*) as deals
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.assigned_user_id is not null
      and o.won_at >= b.since_at
      and o.won_at < b.until_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
    group by 1, 2
),
leads as (
    select c.assigned_user_id as agent_id,
           date_trunc('month', c.created_at at time zone b.timezone)::date as month,
           count(*) as leads
    from contacts c
    join bounds b on b.location_id = c.location_id
    where c.deleted_at is null
      and c.assigned_user_id is not null
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= b.since_at
      and c.created_at < b.until_at
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
    group by 1, 2
)
select coalesce(w.agent_id, l.agent_id) as agent_id,
       u.name,
       coalesce(w.month, l.month) as month,
       coalesce(w.revenue, 0) as revenue,
       coalesce(w.deals, 0) as deals,
       coalesce(l.leads, 0) as leads
from won w
full join leads l on l.agent_id = w.agent_id and l.month = w.month
join users u on u.id = coalesce(w.agent_id, l.agent_id)
order by 3, 1

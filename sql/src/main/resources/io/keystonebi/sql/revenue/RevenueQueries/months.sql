-- Revenue and won deals per local month in [since, until) (whole calendar months), the part of each won in
-- the period [from, to), and the month's revenue target summed over the agents in scope. Months without a
-- won deal or a target are absent. Each location counts its deals in its own months (its time zone).
with bounds as (
    select l.id as location_id,
           l.timezone,
           cast(:since as date)::timestamp at time zone l.timezone as since_at,
           cast(:until as date)::timestamp at time zone l.timezone as until_at,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
won as (
    select date_trunc('month', o.won_at at time zone b.timezone)::date as month,
           sum(coalesce(o.monetary_value, 0)) as revenue,
           count(*) as deals,
           coalesce(sum(coalesce(o.monetary_value, 0)) filter (
               where o.won_at >= b.starts_at and o.won_at < b.ends_at), 0) as period_revenue,
           count(*) filter (where o.won_at >= b.starts_at and o.won_at < b.ends_at) as period_deals
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.won_at >= b.since_at
      and o.won_at < b.until_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
    group by 1
),
targets as (
    select t.month, sum(t.revenue_target) as target
    from agent_targets t
    where t.month >= cast(:since as date)
      and t.month < cast(:until as date)
      and (:scopeAll or t.user_id = any(:scopeUsers))
    group by t.month
)
select coalesce(w.month, t.month) as month,
       coalesce(w.revenue, 0) as revenue,
       coalesce(w.deals, 0) as deals,
       coalesce(w.period_revenue, 0) as period_revenue,
       coalesce(w.period_deals, 0) as period_deals,
       t.target
from won w
full join targets t on t.month = w.month
order by 1

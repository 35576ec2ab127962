-- The target spread day by day: each day of the period carries its month's target divided by the month's days.
-- Revenue is recomputed here on local dates so the change needs nothing from elsewhere.
with days as (
    select d::date as day
    from generate_series(cast(:first as date), cast(:last as date), interval '1 day') d
),
daily as (
    select sum(t.revenue_target)
               / extract(day from date_trunc('month', days.day) + interval '1 month' - interval '1 day') as target
    from days
    join agent_targets t on t.month = date_trunc('month', days.day)::date
    group by days.day
),
target as (
    select round(sum(target), 2) as target from daily
),
revenue as (
    select coalesce(sum(o.monetary_value), 0) as revenue
    from opportunities o
    join locations l on l.id = o.location_id
    where o.status = 'won' and o.deleted_at is null
      and (o.won_at at time zone l.timezone)::date between cast(:first as date) and cast(:last as date)
)
select target.target,
       revenue.revenue,
       case when target.target > 0 then round((revenue.revenue - target.target) * 100 / target.target, 1) end
           as revenue_change
from target, revenue

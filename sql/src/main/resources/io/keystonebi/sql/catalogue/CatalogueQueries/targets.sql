-- The target family's partial figures for [from, to), one row per key of :dimension ('total' for none): the
-- agents' monthly revenue targets, each prorated by the share of its month's days that fall in the period (a
-- team's or office's target is the sum of its agents'). Targets are monthly, so only agent, team, office, month
-- and quarter break them down. The data scope keeps its users' targets.
with parts as (
    select t.user_id,
           u.team_id,
           coalesce(u.office_id, tm.office_id) as office_id,
           t.month,
           t.revenue_target
               * (least(cast(:to as date), (t.month + interval '1 month')::date)
                  - greatest(cast(:from as date), t.month))
               / ((t.month + interval '1 month')::date - t.month) as target
    from agent_targets t
    join users u on u.id = t.user_id
    left join teams tm on tm.id = u.team_id
    where t.month < cast(:to as date)
      and (t.month + interval '1 month')::date > cast(:from as date)
      and (:scopeAll or t.user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or t.user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, tm.office_id) = any(:offices))
)
select case :dimension
           when 'agent' then cast(p.user_id as text)
           when 'team' then cast(p.team_id as text)
           when 'office' then cast(p.office_id as text)
           when 'month' then cast(p.month as text)
           when 'quarter' then cast(date_trunc('quarter', p.month)::date as text)
           else 'total'
       end as key,
       round(sum(p.target), 2) as amount
from parts p
group by 1

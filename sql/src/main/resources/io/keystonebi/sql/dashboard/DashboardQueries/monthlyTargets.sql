select t.month, sum(t.revenue_target) as revenue_target
from agent_targets t
where t.month >= date_trunc('month', cast(:from as date))::date
  and t.month < cast(:to as date)
  and (:scopeAll or t.user_id = any(:scopeUsers))
group by t.month
order by t.month

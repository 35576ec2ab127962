select t.month, sum(t.revenue_target) as revenue_target
from agent_targets t
where t.month >= date_trunc('month', cast(:from as date))::date
  and t.month < cast(:to as date)
group by t.month
order by t.month

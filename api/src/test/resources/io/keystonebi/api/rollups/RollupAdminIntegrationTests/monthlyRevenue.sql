select month || ' ' || revenue_won::bigint
from rollup_monthly
where dimension = 'all'
order by month

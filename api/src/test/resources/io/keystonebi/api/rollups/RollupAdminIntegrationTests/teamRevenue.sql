select month || ' team:' || dimension_key || ' ' || revenue_won::bigint
from rollup_monthly
where dimension = 'team'
order by month, dimension_key

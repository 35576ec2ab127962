select month || ' ' || dimension || ':' || dimension_key || ' leads=' || leads || ' created=' || opportunities_created
       || ' won=' || deals_won || ' revenue=' || revenue_won::bigint || ' lost=' || deals_lost
       || ' entries=' || stage_entries
from rollup_monthly
order by dimension, dimension_key, month

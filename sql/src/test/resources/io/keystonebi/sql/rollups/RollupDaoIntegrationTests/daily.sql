select day || ' ' || dimension || ':' || dimension_key || ' leads=' || leads || ' created=' || opportunities_created
       || ' won=' || deals_won || ' revenue=' || revenue_won::bigint || ' lost=' || deals_lost
       || ' entries=' || stage_entries
from rollup_daily
order by dimension, dimension_key, day

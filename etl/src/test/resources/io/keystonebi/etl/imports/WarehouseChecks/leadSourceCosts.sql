select c.source || ' ' || to_char(c.month, 'YYYY-MM-DD') || ' ' || c.cost as cost
from lead_source_costs c
order by c.source, c.month

select source_id || '@' || sold_on || '=' || price || coalesce('/' || year_renovated, '') as sale
from market_sales
order by source_id, sold_on

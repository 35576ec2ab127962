select series || ' ' || period_month || ' ' || value || ' ' || unit || ' ' || coalesce(source, '-') as indicator
from economic_indicators
order by series, period_month

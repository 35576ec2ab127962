-- Every month that overlaps the period, as the market's monthly medians group the period's sales by month.
select series, period_month as month, value, unit
from economic_indicators
where period_month >= date_trunc('month', cast(:from as date)) and period_month < :to
order by series, period_month

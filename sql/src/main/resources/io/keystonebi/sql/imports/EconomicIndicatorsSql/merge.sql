-- Economic series are public figures shared by every location, one value per series and month; a re-imported
-- month (a revised figure) replaces the stored one. Any day of a month stands for the whole month.
insert into economic_indicators (series, period_month, value, unit, source)
select s.series, s.month, s.value, coalesce(s.unit, 'number'), s.source
from (select distinct on (series, date_trunc('month', month)) series, date_trunc('month', month)::date as month,
             value, unit, source
      from import_stage_economic_indicators
      order by series, date_trunc('month', month), line_number desc) s
on conflict (series, period_month) do update
set value = excluded.value,
    unit = excluded.unit,
    source = excluded.source,
    imported_at = now()

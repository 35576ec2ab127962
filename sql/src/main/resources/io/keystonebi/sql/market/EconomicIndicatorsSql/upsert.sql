insert into economic_indicators (series, period_month, value, unit, source)
values (:series, :month, :value, :unit, :source)
on conflict (series, period_month) do update
set value = excluded.value,
    unit = excluded.unit,
    source = excluded.source,
    imported_at = now()

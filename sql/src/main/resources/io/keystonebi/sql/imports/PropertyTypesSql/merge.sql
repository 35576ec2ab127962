insert into property_types (location_id, name, series, list_price, commission_rate)
select :locationId, s.name, s.series, s.list_price, s.commission_rate
from (select distinct on (name) * from import_stage_property_types order by name, line_number desc) s
on conflict (location_id, name) do update
set series = excluded.series,
    list_price = excluded.list_price,
    commission_rate = coalesce(excluded.commission_rate, property_types.commission_rate)

select entity || '=' || to_char(high_water_mark at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
from ghl_sync_marks
where location_source_id = :location
order by entity

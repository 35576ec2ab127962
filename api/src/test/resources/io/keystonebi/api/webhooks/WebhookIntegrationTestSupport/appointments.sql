select l.source_id || '/' || a.source_id || ' ' || coalesce(a.calendar_source_id, '-') || ' ' || coalesce(a.title, '-')
       || ' ' || coalesce(a.status, '-') || ' start=' || to_char(a.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
       || ' deleted=' || (a.deleted_at is not null)
from appointments a
join locations l on l.id = a.location_id
order by 1

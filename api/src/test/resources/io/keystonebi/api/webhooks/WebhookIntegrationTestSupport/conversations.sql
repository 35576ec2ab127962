select l.source_id || '/' || v.source_id || ' last=' || to_char(v.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
from conversations v
join locations l on l.id = v.location_id
order by l.source_id

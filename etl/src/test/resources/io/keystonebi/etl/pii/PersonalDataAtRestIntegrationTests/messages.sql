select m.*
from messages m
join locations l on l.id = m.location_id
where l.source_id = :location
order by m.created_at

select l.source_id || '/' || u.source_id || ' ' || u.name || ' ' || coalesce(u.email, '-') || ' ' || coalesce(u.phone, '-')
       || ' ' || u.role || ' deleted=' || (u.deleted_at is not null)
from users u
join locations l on l.id = u.location_id
order by l.source_id, u.source_id

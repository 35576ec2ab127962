-- Encrypted values are spelled decrypt:<hex>; the test support decrypts them.
select l.source_id || '/' || u.source_id || ' ' || u.name || ' '
       || coalesce('decrypt:' || encode(u.email, 'hex'), '-') || ' '
       || coalesce('decrypt:' || encode(u.phone, 'hex'), '-')
       || ' ' || u.role || ' deleted=' || (u.deleted_at is not null)
from users u
join locations l on l.id = u.location_id
order by l.source_id, u.source_id

-- Encrypted values are spelled decrypt:<hex>; the test support decrypts them.
select l.source_id || '/' || c.source_id || ' ' || coalesce(c.name, '-') || ' '
       || coalesce('decrypt:' || encode(c.email, 'hex'), '-') || ' '
       || coalesce('decrypt:' || encode(c.phone, 'hex'), '-') || ' '
       || coalesce(c.company_name, '-') || ' ' || coalesce(c.source, '-') || ' '
       || c.tags::text || ' dnd=' || c.dnd || ' created=' || to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
       || ' updated=' || to_char(c.source_updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
       || ' deleted=' || coalesce(to_char(c.deleted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
from contacts c
join locations l on l.id = c.location_id
order by l.source_id, c.source_id

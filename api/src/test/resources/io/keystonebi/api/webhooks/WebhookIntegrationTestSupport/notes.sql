select n.source_id || ' ' || coalesce('decrypt:' || encode(n.body, 'hex'), '-') || ' created='
       || to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') || ' deleted=' || (n.deleted_at is not null)
from notes n
order by 1

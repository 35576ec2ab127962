select t.source_id || ' ' || coalesce(t.title, '-') || ' ' || coalesce('decrypt:' || encode(t.body, 'hex'), '-')
       || ' completed=' || t.completed
       || ' completed_at=' || coalesce(to_char(t.completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
       || ' due=' || coalesce(to_char(t.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
from tasks t
order by 1

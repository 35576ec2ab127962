select l.source_id || ' ' || m.source_id || ' conversation=' || coalesce(v.source_id, '-') || ' ' || coalesce(m.channel, '-')
       || ' ' || coalesce(m.message_type, '-') || ' ' || coalesce(m.direction, '-') || ' ' || coalesce(m.status, '-')
       || ' duration=' || coalesce(m.call_duration_s::text, '-') || ' body=' || coalesce(m.body, '-')
       || ' from=' || coalesce(m.email_from, '-') || ' to=' || coalesce(m.email_to::text, '-')
       || ' subject=' || coalesce(m.email_subject, '-') || ' thread=' || coalesce(m.email_thread_id, '-')
       || ' email_id=' || coalesce(m.email_message_id, '-')
       || ' at=' || to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
from messages m
join locations l on l.id = m.location_id
left join conversations v on v.id = m.conversation_id
order by l.source_id

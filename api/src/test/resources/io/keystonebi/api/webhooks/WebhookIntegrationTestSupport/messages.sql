-- Encrypted values are spelled decrypt:<hex> (lists decrypt_list:<hex>); the test support decrypts them.
select l.source_id || ' ' || m.source_id || ' conversation=' || coalesce(v.source_id, '-') || ' ' || coalesce(m.channel, '-')
       || ' ' || coalesce(m.message_type, '-') || ' ' || coalesce(m.direction, '-') || ' ' || coalesce(m.status, '-')
       || ' duration=' || coalesce(m.call_duration_s::text, '-')
       || ' body=' || coalesce('decrypt:' || encode(m.body, 'hex'), '-')
       || ' from=' || coalesce('decrypt:' || encode(m.email_from, 'hex'), '-')
       || ' to=' || coalesce('decrypt_list:' || encode(m.email_to, 'hex'), '-')
       || ' subject=' || coalesce('decrypt:' || encode(m.email_subject, 'hex'), '-')
       || ' thread=' || coalesce(m.email_thread_id, '-')
       || ' email_id=' || coalesce(m.email_message_id, '-')
       || ' at=' || to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
from messages m
join locations l on l.id = m.location_id
left join conversations v on v.id = m.conversation_id
order by l.source_id

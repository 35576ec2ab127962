-- A provisional row left next to the row with the GHL id (a webhook and a sync wrote the same message at the same
-- time, neither seeing the other's row) is merged into it and removed; the newer of the two versions wins where
-- both have a value (MessagesSql explains).
with absorbed as (
    delete from messages p
    where p.id = (select q.id
                  from messages q
                  where q.location_id = :locationId
                    and q.conversation_id = (select v.id
                                             from conversations v
                                             where v.location_id = :locationId
                                               and v.source_id = :conversationSourceId)
                    and q.created_at = :createdAt
                    and q.direction is not distinct from :direction
                    and q.channel is not distinct from :channel
                    and q.body_digest is not distinct from :bodyDigest
                    and q.source_id like 'webhook:%'
                  order by q.id
                  limit 1)
    returning p.*
)
update messages m
set conversation_id = case when a.source_updated_at > m.source_updated_at
                      then coalesce(a.conversation_id, m.conversation_id)
                      else coalesce(m.conversation_id, a.conversation_id) end,
    contact_id = case when a.source_updated_at > m.source_updated_at
                 then coalesce(a.contact_id, m.contact_id)
                 else coalesce(m.contact_id, a.contact_id) end,
    user_id = case when a.source_updated_at > m.source_updated_at
              then coalesce(a.user_id, m.user_id)
              else coalesce(m.user_id, a.user_id) end,
    channel = case when a.source_updated_at > m.source_updated_at
              then coalesce(a.channel, m.channel)
              else coalesce(m.channel, a.channel) end,
    message_type = case when a.source_updated_at > m.source_updated_at
                   then coalesce(a.message_type, m.message_type)
                   else coalesce(m.message_type, a.message_type) end,
    direction = case when a.source_updated_at > m.source_updated_at
                then coalesce(a.direction, m.direction)
                else coalesce(m.direction, a.direction) end,
    status = case when a.source_updated_at > m.source_updated_at
             then coalesce(a.status, m.status)
             else coalesce(m.status, a.status) end,
    origin = case when a.source_updated_at > m.source_updated_at
             then coalesce(a.origin, m.origin)
             else coalesce(m.origin, a.origin) end,
    body = case when a.source_updated_at > m.source_updated_at
           then coalesce(a.body, m.body)
           else coalesce(m.body, a.body) end,
    body_digest = case when a.source_updated_at > m.source_updated_at
                  then coalesce(a.body_digest, m.body_digest)
                  else coalesce(m.body_digest, a.body_digest) end,
    call_duration_s = case when a.source_updated_at > m.source_updated_at
                      then coalesce(a.call_duration_s, m.call_duration_s)
                      else coalesce(m.call_duration_s, a.call_duration_s) end,
    email_from = case when a.source_updated_at > m.source_updated_at
                 then coalesce(a.email_from, m.email_from)
                 else coalesce(m.email_from, a.email_from) end,
    email_to = case when a.source_updated_at > m.source_updated_at
               then coalesce(a.email_to, m.email_to)
               else coalesce(m.email_to, a.email_to) end,
    email_cc = case when a.source_updated_at > m.source_updated_at
               then coalesce(a.email_cc, m.email_cc)
               else coalesce(m.email_cc, a.email_cc) end,
    email_bcc = case when a.source_updated_at > m.source_updated_at
                then coalesce(a.email_bcc, m.email_bcc)
                else coalesce(m.email_bcc, a.email_bcc) end,
    email_subject = case when a.source_updated_at > m.source_updated_at
                    then coalesce(a.email_subject, m.email_subject)
                    else coalesce(m.email_subject, a.email_subject) end,
    email_thread_id = case when a.source_updated_at > m.source_updated_at
                      then coalesce(a.email_thread_id, m.email_thread_id)
                      else coalesce(m.email_thread_id, a.email_thread_id) end,
    email_message_id = case when a.source_updated_at > m.source_updated_at
                       then coalesce(a.email_message_id, m.email_message_id)
                       else coalesce(m.email_message_id, a.email_message_id) end,
    source_updated_at = greatest(m.source_updated_at, a.source_updated_at),
    loaded_at = now()
from absorbed a
where m.location_id = :locationId and m.source_id = :sourceId

with incoming as (
    select (select v.id from conversations v
            where v.location_id = :locationId and v.source_id = :conversationSourceId) as conversation_id,
           (select c.id from contacts c
            where c.location_id = :locationId and c.source_id = :contactSourceId) as contact_id,
           (select u.id from users u where u.location_id = :locationId and u.source_id = :userSourceId) as user_id,
           cast(:channel as text) as channel,
           cast(:messageType as text) as message_type,
           cast(:direction as text) as direction,
           cast(:status as text) as status,
           cast(:origin as text) as origin,
           cast(:encryptedBody as bytea) as body,
           cast(:bodyDigest as bytea) as body_digest,
           cast(:callDurationSeconds as integer) as call_duration_s,
           cast(:encryptedEmailFrom as bytea) as email_from,
           cast(:encryptedEmailTo as bytea) as email_to,
           cast(:encryptedEmailCc as bytea) as email_cc,
           cast(:encryptedEmailBcc as bytea) as email_bcc,
           cast(:encryptedEmailSubject as bytea) as email_subject,
           cast(:emailThreadId as text) as email_thread_id,
           cast(:emailMessageId as text) as email_message_id
)
update messages m
set conversation_id = coalesce(m.conversation_id, i.conversation_id),
    contact_id = coalesce(m.contact_id, i.contact_id),
    user_id = coalesce(m.user_id, i.user_id),
    channel = coalesce(m.channel, i.channel),
    message_type = coalesce(m.message_type, i.message_type),
    direction = coalesce(m.direction, i.direction),
    status = coalesce(m.status, i.status),
    origin = coalesce(m.origin, i.origin),
    body = coalesce(m.body, i.body),
    body_digest = coalesce(m.body_digest, i.body_digest),
    call_duration_s = coalesce(m.call_duration_s, i.call_duration_s),
    email_from = coalesce(m.email_from, i.email_from),
    email_to = coalesce(m.email_to, i.email_to),
    email_cc = coalesce(m.email_cc, i.email_cc),
    email_bcc = coalesce(m.email_bcc, i.email_bcc),
    email_subject = coalesce(m.email_subject, i.email_subject),
    email_thread_id = coalesce(m.email_thread_id, i.email_thread_id),
    email_message_id = coalesce(m.email_message_id, i.email_message_id),
    loaded_at = now()
from incoming i
where m.location_id = :locationId
  and m.source_id = :sourceId
  and ((m.conversation_id is null and i.conversation_id is not null)
    or (m.contact_id is null and i.contact_id is not null)
    or (m.user_id is null and i.user_id is not null)
    or (m.channel is null and i.channel is not null)
    or (m.message_type is null and i.message_type is not null)
    or (m.direction is null and i.direction is not null)
    or (m.status is null and i.status is not null)
    or (m.origin is null and i.origin is not null)
    or (m.body is null and i.body is not null)
    or (m.call_duration_s is null and i.call_duration_s is not null)
    or (m.email_from is null and i.email_from is not null)
    or (m.email_to is null and i.email_to is not null)
    or (m.email_cc is null and i.email_cc is not null)
    or (m.email_bcc is null and i.email_bcc is not null)
    or (m.email_subject is null and i.email_subject is not null)
    or (m.email_thread_id is null and i.email_thread_id is not null)
    or (m.email_message_id is null and i.email_message_id is not null))

insert into messages as m (location_id, source_id, conversation_id, contact_id, user_id, channel, message_type,
                           direction, status, origin, body, body_digest, call_duration_s, email_from, email_to,
                           email_cc, email_bcc, email_subject, email_thread_id, email_message_id, created_at,
                           source_updated_at, deleted_at)
values (:locationId, :sourceId,
        (select v.id from conversations v where v.location_id = :locationId and v.source_id = :conversationSourceId),
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :userSourceId),
        :channel, :messageType, :direction, :status, :origin, :encryptedBody, :bodyDigest, :callDurationSeconds,
        :encryptedEmailFrom, :encryptedEmailTo, :encryptedEmailCc, :encryptedEmailBcc, :encryptedEmailSubject,
        :emailThreadId, :emailMessageId, :createdAt, :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
-- A newer version wins, but a value it lacks keeps the stored one: a webhook and the API each leave out fields
-- the other has (MessagesSql explains).
set conversation_id = coalesce(excluded.conversation_id, m.conversation_id),
    contact_id = coalesce(excluded.contact_id, m.contact_id),
    user_id = coalesce(excluded.user_id, m.user_id),
    channel = coalesce(excluded.channel, m.channel),
    message_type = coalesce(excluded.message_type, m.message_type),
    direction = coalesce(excluded.direction, m.direction),
    status = coalesce(excluded.status, m.status),
    origin = coalesce(excluded.origin, m.origin),
    body = coalesce(excluded.body, m.body),
    body_digest = coalesce(excluded.body_digest, m.body_digest),
    call_duration_s = coalesce(excluded.call_duration_s, m.call_duration_s),
    email_from = coalesce(excluded.email_from, m.email_from),
    email_to = coalesce(excluded.email_to, m.email_to),
    email_cc = coalesce(excluded.email_cc, m.email_cc),
    email_bcc = coalesce(excluded.email_bcc, m.email_bcc),
    email_subject = coalesce(excluded.email_subject, m.email_subject),
    email_thread_id = coalesce(excluded.email_thread_id, m.email_thread_id),
    email_message_id = coalesce(excluded.email_message_id, m.email_message_id),
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where m.source_updated_at is null
   or excluded.source_updated_at > m.source_updated_at
   or (excluded.source_updated_at = m.source_updated_at and (m.deleted_at is null or excluded.deleted_at is not null))

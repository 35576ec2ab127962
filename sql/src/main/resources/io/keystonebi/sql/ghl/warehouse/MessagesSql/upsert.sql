insert into messages as m (location_id, source_id, conversation_id, contact_id, user_id, channel, message_type,
                           direction, status, origin, body, call_duration_s, email_from, email_to, email_cc, email_bcc,
                           email_subject, email_thread_id, email_message_id, created_at, source_updated_at, deleted_at)
values (:locationId, :sourceId,
        (select v.id from conversations v where v.location_id = :locationId and v.source_id = :conversationSourceId),
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :userSourceId),
        :channel, :messageType, :direction, :status, :origin, :body, :callDurationSeconds, :emailFrom, :emailToArray,
        :emailCcArray, :emailBccArray, :emailSubject, :emailThreadId, :emailMessageId, :createdAt, :sourceUpdatedAt,
        :deletedAt)
on conflict (location_id, source_id) do update
set conversation_id = excluded.conversation_id,
    contact_id = excluded.contact_id,
    user_id = excluded.user_id,
    channel = excluded.channel,
    message_type = excluded.message_type,
    direction = excluded.direction,
    status = excluded.status,
    origin = excluded.origin,
    body = excluded.body,
    call_duration_s = excluded.call_duration_s,
    email_from = excluded.email_from,
    email_to = excluded.email_to,
    email_cc = excluded.email_cc,
    email_bcc = excluded.email_bcc,
    email_subject = excluded.email_subject,
    email_thread_id = excluded.email_thread_id,
    email_message_id = excluded.email_message_id,
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where m.source_updated_at is null
   or excluded.source_updated_at > m.source_updated_at
   or (excluded.source_updated_at = m.source_updated_at and (m.deleted_at is null or excluded.deleted_at is not null))

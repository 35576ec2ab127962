-- The row a webhook delivery without messageId leaves when it is applied while the sync writes the same message:
-- keyed by the delivery, newer than the API's version, with the e-mail fields only the webhook carries.
insert into messages (location_id, source_id, conversation_id, contact_id, channel, message_type, direction, body,
                      body_digest, email_from, email_to, email_subject, email_thread_id, email_message_id, created_at,
                      source_updated_at)
select m.location_id, :provisionalId, m.conversation_id, m.contact_id, m.channel, 'Email', m.direction, m.body,
       m.body_digest, :emailFrom, :emailTo, :emailSubject, 'sddfDSF3G56GHG', 'sddfDSF3G56GHG', m.created_at,
       m.created_at + interval '2 seconds'
from messages m
join locations l on l.id = m.location_id
where l.source_id = :location and m.source_id = :sourceId

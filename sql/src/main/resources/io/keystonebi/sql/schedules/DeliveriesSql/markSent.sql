update report_deliveries
set status = 'sent', message_id = :messageId, content_digest = :digest, error = null, sent_at = now(),
    claimed_by = null, claimed_until = null, updated_at = now()
where id = :id
  and status = 'sending'
  and claimed_by = :sender

update report_deliveries
set status = :status, error = :error, content_digest = :digest, claimed_by = null, claimed_until = null,
    updated_at = now()
where id = :id
  and status = 'sending'
  and claimed_by = :sender

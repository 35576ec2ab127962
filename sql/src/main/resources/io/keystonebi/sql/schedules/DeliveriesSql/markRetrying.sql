update report_deliveries
set status = 'retrying', error = :error, next_attempt_at = :nextAttemptAt, claimed_by = null, claimed_until = null,
    updated_at = now()
where id = :id
  and status = 'sending'
  and claimed_by = :sender

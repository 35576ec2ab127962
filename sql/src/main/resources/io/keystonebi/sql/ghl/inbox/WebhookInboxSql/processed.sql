update webhook_inbox
set processed_at = now(), outcome = :outcome, attempts = attempts + 1, last_error = null
where id = :id

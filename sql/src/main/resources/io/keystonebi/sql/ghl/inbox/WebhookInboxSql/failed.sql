update webhook_inbox
set attempts = attempts + 1, last_error = :error
where id = :id

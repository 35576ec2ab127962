-- Attempts are kept so the log shows the whole history; resends counts how often an admin asked.
update report_deliveries
set status = 'pending', next_attempt_at = now(), resends = resends + 1, error = null, claimed_by = null,
    claimed_until = null, updated_at = now()
where id = :id
  and status <> 'sending'

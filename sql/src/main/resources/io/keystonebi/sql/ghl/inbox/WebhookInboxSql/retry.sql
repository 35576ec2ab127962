-- Gives a delivery that has not been applied a fresh set of attempts: the next drain claims it at once. Its last
-- error stays until an attempt succeeds or fails again.
update webhook_inbox
set attempts = 0, claimed_at = null
where webhook_id = :webhookId
  and processed_at is null
returning id, webhook_id, event_type, location_source_id, event_at, received_at, payload::text as payload, attempts,
          processed_at, outcome, last_error

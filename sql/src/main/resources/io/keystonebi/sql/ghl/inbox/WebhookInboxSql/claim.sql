update webhook_inbox i
set claimed_at = now()
from (select id
      from webhook_inbox
      where processed_at is null
        and attempts < :maxAttempts
        and (claimed_at is null or claimed_at < now() - make_interval(secs => :retryDelaySeconds))
      order by event_at, received_at, id
      limit :limit
      for update skip locked) claimable
where i.id = claimable.id
returning i.id, i.webhook_id, i.event_type, i.location_source_id, i.event_at, i.received_at, i.payload::text as payload,
          i.attempts, i.processed_at, i.outcome, i.last_error

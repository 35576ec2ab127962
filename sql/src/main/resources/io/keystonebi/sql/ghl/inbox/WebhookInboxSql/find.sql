select id, webhook_id, event_type, location_source_id, event_at, received_at, payload::text as payload, attempts,
       processed_at, outcome, last_error
from webhook_inbox
where webhook_id = :webhookId

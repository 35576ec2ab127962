insert into webhook_inbox (webhook_id, event_type, location_source_id, event_at, payload)
values (:webhookId, :eventType, :locationSourceId, :eventAt, cast(:payload as jsonb))
on conflict (webhook_id) do nothing
returning id

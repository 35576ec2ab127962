-- GET /api/v1/sync/status and the dashboard's freshness stamp read, per location, the newest webhook received and
-- the newest one applied. The inbox keeps every delivery, so without these each maximum would scan it whole;
-- with them each is one index probe. Pending and failed events are counted through webhook_inbox_pending_idx.
create index webhook_inbox_location_received_idx on webhook_inbox (location_source_id, received_at);
create index webhook_inbox_location_applied_idx on webhook_inbox (location_source_id, processed_at)
    where outcome = 'applied';

-- Stores a batch of verified deliveries in one statement (the endpoint's group commit). A webhook id already in
-- the inbox, or twice in the batch, is stored once; "returning" names the ids this statement stored.
insert into webhook_inbox (webhook_id, event_type, location_source_id, event_at, payload)
select t.webhook_id, t.event_type, t.location_source_id, t.event_at, cast(t.payload as jsonb)
from unnest(cast(:webhookIds as text[]), cast(:eventTypes as text[]), cast(:locationSourceIds as text[]),
            cast(:eventAts as timestamptz[]), cast(:payloads as text[]))
         with ordinality as t (webhook_id, event_type, location_source_id, event_at, payload, position)
order by t.position
on conflict (webhook_id) do nothing
returning webhook_id

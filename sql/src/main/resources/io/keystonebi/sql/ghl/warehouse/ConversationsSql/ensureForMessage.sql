insert into conversations as v (location_id, source_id, contact_id, last_message_at)
values (:locationId, :sourceId,
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        :messageAt)
on conflict (location_id, source_id) do update
set contact_id = coalesce(v.contact_id, excluded.contact_id),
    last_message_at = greatest(v.last_message_at, excluded.last_message_at),
    loaded_at = now()

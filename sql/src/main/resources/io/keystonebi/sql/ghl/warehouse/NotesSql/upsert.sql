insert into notes as n (location_id, source_id, contact_id, user_id, body, created_at, source_updated_at, deleted_at)
values (:locationId, :sourceId,
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :userSourceId),
        :encryptedBody, :createdAt, :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set contact_id = excluded.contact_id,
    user_id = excluded.user_id,
    body = excluded.body,
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where n.source_updated_at is null
   or excluded.source_updated_at > n.source_updated_at
   or (excluded.source_updated_at = n.source_updated_at and (n.deleted_at is null or excluded.deleted_at is not null))

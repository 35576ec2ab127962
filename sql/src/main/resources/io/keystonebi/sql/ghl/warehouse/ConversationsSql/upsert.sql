insert into conversations as v (location_id, source_id, contact_id, assigned_user_id, type, last_message_at,
                                unread_count, source_updated_at, deleted_at)
values (:locationId, :sourceId,
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :assignedUserSourceId),
        :type, :lastMessageAt, :unreadCount, :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set contact_id = excluded.contact_id,
    assigned_user_id = excluded.assigned_user_id,
    type = excluded.type,
    last_message_at = greatest(excluded.last_message_at, v.last_message_at),
    unread_count = excluded.unread_count,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where v.source_updated_at is null
   or excluded.source_updated_at > v.source_updated_at
   or (excluded.source_updated_at = v.source_updated_at and (v.deleted_at is null or excluded.deleted_at is not null))

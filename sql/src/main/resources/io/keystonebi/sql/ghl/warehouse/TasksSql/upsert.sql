insert into tasks as t (location_id, source_id, contact_id, assigned_user_id, title, body, due_at, completed,
                        completed_at, created_at, source_updated_at, deleted_at)
values (:locationId, :sourceId,
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :assignedUserSourceId),
        :title, :encryptedBody, :dueAt, :completed, :completedAt, :createdAt, :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set contact_id = excluded.contact_id,
    assigned_user_id = excluded.assigned_user_id,
    title = excluded.title,
    body = excluded.body,
    due_at = excluded.due_at,
    completed = excluded.completed,
    completed_at = excluded.completed_at,
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where t.source_updated_at is null
   or excluded.source_updated_at > t.source_updated_at
   or (excluded.source_updated_at = t.source_updated_at and (t.deleted_at is null or excluded.deleted_at is not null)
       and (not t.completed or excluded.completed))

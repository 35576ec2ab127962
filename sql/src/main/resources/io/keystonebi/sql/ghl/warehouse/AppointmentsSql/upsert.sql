insert into appointments as a (location_id, source_id, calendar_source_id, contact_id, assigned_user_id, title, status,
                               start_at, end_at, created_at, source_updated_at, deleted_at)
values (:locationId, :sourceId, :calendarSourceId,
        (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
        (select u.id from users u where u.location_id = :locationId and u.source_id = :assignedUserSourceId),
        :title, :status, :startAt, :endAt, :createdAt, :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set calendar_source_id = excluded.calendar_source_id,
    contact_id = excluded.contact_id,
    assigned_user_id = excluded.assigned_user_id,
    title = excluded.title,
    status = excluded.status,
    start_at = excluded.start_at,
    end_at = excluded.end_at,
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where a.source_updated_at is null
   or excluded.source_updated_at > a.source_updated_at
   or (excluded.source_updated_at = a.source_updated_at and (a.deleted_at is null or excluded.deleted_at is not null))

insert into users as u (location_id, source_id, name, first_name, last_name, email, phone, email_search, role,
                        source_updated_at, deleted_at)
values (:locationId, :sourceId, :name, :firstName, :lastName, :encryptedEmail, :encryptedPhone, :emailSearch,
        coalesce(:role, 'user'), :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set name = excluded.name,
    first_name = excluded.first_name,
    last_name = excluded.last_name,
    email = excluded.email,
    phone = excluded.phone,
    email_search = excluded.email_search,
    role = excluded.role,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where u.source_updated_at is null
   or excluded.source_updated_at > u.source_updated_at
   or (excluded.source_updated_at = u.source_updated_at and (u.deleted_at is null or excluded.deleted_at is not null))

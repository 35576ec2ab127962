insert into contacts as c (location_id, source_id, name, first_name, last_name, email, phone, company_name, type, source,
                           assigned_user_id, address1, city, state, postal_code, country, timezone, dnd, tags,
                           attribution_first, attribution_latest, created_at, last_activity_at, source_updated_at,
                           deleted_at)
values (:locationId, :sourceId, :name, :firstName, :lastName, :email, :phone, :companyName, :type, :source,
        (select u.id from users u where u.location_id = :locationId and u.source_id = :assignedUserSourceId),
        :address1, :city, :state, :postalCode, :country, :timezone, :dnd, :tagArray,
        cast(:attributionFirst as jsonb), cast(:attributionLatest as jsonb), :createdAt, :lastActivityAt,
        :sourceUpdatedAt, :deletedAt)
on conflict (location_id, source_id) do update
set name = excluded.name,
    first_name = excluded.first_name,
    last_name = excluded.last_name,
    email = excluded.email,
    phone = excluded.phone,
    company_name = excluded.company_name,
    type = excluded.type,
    source = excluded.source,
    assigned_user_id = excluded.assigned_user_id,
    address1 = excluded.address1,
    city = excluded.city,
    state = excluded.state,
    postal_code = excluded.postal_code,
    country = excluded.country,
    timezone = excluded.timezone,
    dnd = excluded.dnd,
    tags = excluded.tags,
    attribution_first = excluded.attribution_first,
    attribution_latest = excluded.attribution_latest,
    created_at = excluded.created_at,
    last_activity_at = excluded.last_activity_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where c.source_updated_at is null
   or excluded.source_updated_at > c.source_updated_at
   or (excluded.source_updated_at = c.source_updated_at and (c.deleted_at is null or excluded.deleted_at is not null))

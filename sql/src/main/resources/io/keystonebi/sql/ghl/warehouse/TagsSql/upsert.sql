insert into tags as t (location_id, source_id, name, source_updated_at)
values (:locationId, :sourceId, coalesce(:name, :sourceId), :sourceUpdatedAt)
on conflict (location_id, source_id) do update
set name = excluded.name,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = null
where t.source_updated_at is null or excluded.source_updated_at >= t.source_updated_at

insert into custom_fields as f (location_id, source_id, name, field_key, data_type, model, position,
                                picklist_options, source_updated_at)
values (:locationId, :sourceId, coalesce(:name, :sourceId), :fieldKey, coalesce(:dataType, 'TEXT'), :model, :position,
        cast(:picklistOptions as jsonb), :sourceUpdatedAt)
on conflict (location_id, source_id) do update
set name = excluded.name,
    field_key = excluded.field_key,
    data_type = excluded.data_type,
    model = excluded.model,
    position = excluded.position,
    picklist_options = excluded.picklist_options,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = null
where f.source_updated_at is null or excluded.source_updated_at >= f.source_updated_at

insert into custom_field_values as v (location_id, object_type, object_id, custom_field_id, value)
select :locationId, :objectType, o.id, f.id, cast(:value as jsonb)
from custom_fields f
join (select c.id from contacts c
      where :objectType = 'contact' and c.location_id = :locationId and c.source_id = :objectSourceId
      union all
      select p.id from opportunities p
      where :objectType = 'opportunity' and p.location_id = :locationId and p.source_id = :objectSourceId) o on true
where f.location_id = :locationId and f.source_id = :fieldSourceId
on conflict (object_type, object_id, custom_field_id) do update
set value = excluded.value,
    deleted_at = null

update custom_field_values v
set deleted_at = :deletedAt
from custom_fields f
where f.id = v.custom_field_id
  and v.location_id = :locationId
  and v.object_type = :objectType
  and v.object_id = (select c.id from contacts c
                     where :objectType = 'contact' and c.location_id = :locationId and c.source_id = :objectSourceId
                     union all
                     select p.id from opportunities p
                     where :objectType = 'opportunity' and p.location_id = :locationId
                       and p.source_id = :objectSourceId)
  and v.deleted_at is null
  and f.source_id <> all(:fieldSourceIds)

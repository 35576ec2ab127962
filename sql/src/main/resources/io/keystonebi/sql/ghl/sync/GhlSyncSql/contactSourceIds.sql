select source_id
from contacts
where location_id = :locationId
  and deleted_at is null
  and (cast(:loadedSince as timestamptz) is null or loaded_at >= :loadedSince)
order by source_id

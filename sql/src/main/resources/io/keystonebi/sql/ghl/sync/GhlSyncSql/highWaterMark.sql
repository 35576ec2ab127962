select high_water_mark
from ghl_sync_marks
where location_source_id = :locationSourceId and entity = :entity

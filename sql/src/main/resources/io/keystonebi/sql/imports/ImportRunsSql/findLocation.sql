select id, timezone
from locations
where source_id = :sourceId

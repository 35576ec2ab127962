select source_id, company_id, name, timezone, source_updated_at
from locations
where source_id = :sourceId

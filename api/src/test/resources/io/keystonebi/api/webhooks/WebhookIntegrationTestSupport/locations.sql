select source_id || ' ' || name || ' ' || timezone
from locations
order by source_id

select trigger_name || ' ' || trigger_type
from qrtz_triggers
order by trigger_name

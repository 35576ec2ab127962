-- The configured triggers; a job fired by hand in another test leaves a one-off MT_ trigger until it has run.
select trigger_name || ' ' || trigger_type
from qrtz_triggers
where trigger_name not like 'MT\_%'
order by trigger_name

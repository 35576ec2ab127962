select count(*)
from pg_stat_activity
where wait_event_type = 'Lock'
  and query like 'insert into webhook_inbox%'

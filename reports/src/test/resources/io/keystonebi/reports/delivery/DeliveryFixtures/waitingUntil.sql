select count(*)
from report_deliveries
where schedule_id = :scheduleId
  and status = 'retrying'
  and next_attempt_at > now()

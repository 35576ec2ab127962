select count(*)
from report_deliveries d
where (cast(:scheduleId as bigint) is null or d.schedule_id = :scheduleId)
  and (cast(:status as text) is null or d.status = :status)
  and (cast(:periodFrom as date) is null or d.period_from = :periodFrom)

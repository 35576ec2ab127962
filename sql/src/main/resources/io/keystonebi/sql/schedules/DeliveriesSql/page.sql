select d.id, d.schedule_id, s.name as schedule_name, d.recipient_id, d.period_from, d.period_to, d.recipient_key,
       d.email, d.status, d.attempts, d.resends, d.message_id, d.error, d.next_attempt_at, d.created_at, d.sent_at
from report_deliveries d
join report_schedules s on s.id = d.schedule_id
where (cast(:scheduleId as bigint) is null or d.schedule_id = :scheduleId)
  and (cast(:status as text) is null or d.status = :status)
  and (cast(:periodFrom as date) is null or d.period_from = :periodFrom)
order by d.created_at desc, d.id desc
limit :limit offset :offset

update report_recipients
set unsubscribed_at = now()
where id = :id
  and schedule_id = :scheduleId
  and unsubscribed_at is null

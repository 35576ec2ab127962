select content_digest, period_from, period_to
from report_deliveries
where schedule_id = :scheduleId
  and recipient_key = :recipientKey
  and status = 'sent'
  and content_digest is not null
  and period_from < :periodFrom
order by sent_at desc
limit 1

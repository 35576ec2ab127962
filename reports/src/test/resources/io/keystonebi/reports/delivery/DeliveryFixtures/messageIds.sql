select recipient_key || ' ' || message_id
from report_deliveries
where schedule_id = :scheduleId and status = 'sent'
order by recipient_key

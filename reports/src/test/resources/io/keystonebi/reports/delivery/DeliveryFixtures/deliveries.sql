select recipient_key || ' ' || status || ' ' || attempts || coalesce(' ' || error, '')
from report_deliveries
where schedule_id = :scheduleId
order by recipient_key, period_from

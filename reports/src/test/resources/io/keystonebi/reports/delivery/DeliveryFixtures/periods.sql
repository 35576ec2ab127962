select recipient_key || ' ' || period_from || ' ' || period_to || ' ' || run_day
from report_deliveries
where schedule_id = :scheduleId
order by recipient_key, period_from

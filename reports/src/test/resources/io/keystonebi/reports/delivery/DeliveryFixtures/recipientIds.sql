select coalesce(kind || ':' || coalesce(account_id::text, team_id::text, lower(email)), '') || ' ' || id
from report_recipients
where schedule_id = :scheduleId
order by id

select id, schedule_id, kind, account_id, team_id, email, external_scope, external_scope_id, unsubscribed_at
from report_recipients
where schedule_id = :scheduleId
order by id

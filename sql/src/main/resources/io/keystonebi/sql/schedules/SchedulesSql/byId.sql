select s.id, s.definition_id, d.definition::text as definition_json, s.owner_account_id, s.name, s.recurrence,
       s.day_of_week, s.day_of_month, s.local_time, s.time_zone, s.start_date, s.end_date, s.paused,
       s.skip_if_empty, s.send_only_on_change, s.formats, s.next_run_at
from report_schedules s
join report_definitions d on d.id = s.definition_id
where s.id = :id

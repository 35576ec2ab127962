select s.id, s.name, s.definition_id, d.title as definition_title, s.owner_account_id,
       o.display_name as owner_name, s.recurrence, s.day_of_week, s.day_of_month, s.local_time, s.time_zone,
       s.start_date, s.end_date, s.paused, s.skip_if_empty, s.send_only_on_change, s.formats, s.next_run_at,
       (select count(*) from report_recipients r where r.schedule_id = s.id) as recipient_count
from report_schedules s
join report_definitions d on d.id = s.definition_id
join accounts o on o.id = s.owner_account_id
where (cast(:ownerAccountId as bigint) is null or s.owner_account_id = :ownerAccountId)
  and (cast(:id as bigint) is null or s.id = :id)
order by lower(s.name), s.id

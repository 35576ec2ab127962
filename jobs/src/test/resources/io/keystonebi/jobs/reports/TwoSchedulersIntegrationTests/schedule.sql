-- A daily schedule of the definition to every reader, due now (as if its time had just come).
insert into report_schedules (definition_id, owner_account_id, name, recurrence, local_time, time_zone, start_date,
                              formats, next_run_at)
select (select min(id) from report_definitions), (select min(id) from accounts), 'Weekly pulse', 'daily', '07:00',
       'America/New_York', :start, '{pdf}', now() - interval '1 second';
insert into report_recipients (schedule_id, kind, account_id)
select (select max(id) from report_schedules), 'account', a.id from accounts a;

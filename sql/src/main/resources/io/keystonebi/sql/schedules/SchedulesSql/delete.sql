delete from report_schedules where id = :id

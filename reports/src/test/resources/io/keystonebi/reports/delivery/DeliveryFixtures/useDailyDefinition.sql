update report_schedules set definition_id = 2 where id = :scheduleId

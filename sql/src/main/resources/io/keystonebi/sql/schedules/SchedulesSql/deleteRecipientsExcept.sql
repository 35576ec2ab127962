delete from report_recipients where schedule_id = :scheduleId and id <> all(:keep)

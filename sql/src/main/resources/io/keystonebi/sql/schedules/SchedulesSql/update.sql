update report_schedules
set definition_id = :definitionId, owner_account_id = :ownerAccountId, name = :name, recurrence = :recurrence,
    day_of_week = :dayOfWeek, day_of_month = :dayOfMonth, local_time = :localTime, time_zone = :timeZone,
    start_date = :startDate, end_date = :endDate, paused = :paused, skip_if_empty = :skipIfEmpty,
    send_only_on_change = :sendOnlyOnChange, formats = :formats, next_run_at = :nextRunAt, updated_at = now()
where id = :id

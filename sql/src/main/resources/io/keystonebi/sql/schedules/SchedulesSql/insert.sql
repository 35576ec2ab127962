insert into report_schedules (definition_id, owner_account_id, name, recurrence, day_of_week, day_of_month,
                              local_time, time_zone, start_date, end_date, paused, skip_if_empty,
                              send_only_on_change, formats, next_run_at)
values (:definitionId, :ownerAccountId, :name, :recurrence, :dayOfWeek, :dayOfMonth, :localTime, :timeZone,
        :startDate, :endDate, :paused, :skipIfEmpty, :sendOnlyOnChange, :formats, :nextRunAt)

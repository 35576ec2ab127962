update report_schedules set next_run_at = :nextRunAt, updated_at = now() where id = :id

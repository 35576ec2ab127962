insert into report_deliveries (schedule_id, recipient_id, period_from, period_to, run_day, recipient_key, email,
                               status, error)
values (:scheduleId, :recipientId, :periodFrom, :periodTo, :runDay, :recipientKey, :email, :status, :error)
on conflict (schedule_id, period_from, recipient_key) do nothing

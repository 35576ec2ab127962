-- Three e-mails of one schedule: March sent to Erin, March failed for Dana after 8 attempts, February being sent.
insert into report_deliveries (schedule_id, period_from, period_to, run_day, recipient_key, email, status, attempts,
                               message_id, error, sent_at)
values (:scheduleId, date '2026-03-01', date '2026-04-01', date '2026-04-01', 'account:9001', 'erin@sched.test',
        'sent', 1, '<sched.1@localhost>', null, now()),
       (:scheduleId, date '2026-03-01', date '2026-04-01', date '2026-04-01', 'account:9002', 'dana@sched.test',
        'failed', 8, null, '550 5.1.1 mailbox unknown', null),
       (:scheduleId, date '2026-02-01', date '2026-03-01', date '2026-03-01', 'account:9001', 'erin@sched.test',
        'sending', 1, null, null, null)
returning id

insert into webhook_inbox (webhook_id, event_type, event_at, payload, received_at, processed_at, outcome, attempts)
values ('applied-long-ago', 'ContactCreate', now() - interval '60 days', '{}', now() - interval '60 days',
        now() - interval '60 days', 'applied', 1)

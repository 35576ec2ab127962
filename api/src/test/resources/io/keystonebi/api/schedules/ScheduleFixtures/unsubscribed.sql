select unsubscribed_at is not null from report_recipients where id = :id

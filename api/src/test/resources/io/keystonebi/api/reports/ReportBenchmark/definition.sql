insert into report_definitions (owner_account_id, title, definition)
values ((select min(id) from accounts where username like 'reader%'), :title, cast(:definition as jsonb))
returning id

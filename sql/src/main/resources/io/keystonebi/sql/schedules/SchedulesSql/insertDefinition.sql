insert into report_definitions (owner_account_id, title, definition)
values (:ownerAccountId, :title, cast(:definition as jsonb))

insert into report_definitions (owner_account_id, title, definition, shared)
values (:ownerAccountId, :title, cast(:definition as jsonb), :shared)

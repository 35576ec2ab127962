update report_definitions
set title = :title, definition = cast(:definition as jsonb), shared = :shared, updated_at = now()
where id = :id and owner_account_id = :ownerAccountId

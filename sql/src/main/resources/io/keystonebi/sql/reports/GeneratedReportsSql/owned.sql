select id, account_id, definition_id, title, format, period_from, period_to, scope_key, octet_length(content) as size,
       created_at, expires_at
from generated_reports
where id = :id and account_id = :accountId

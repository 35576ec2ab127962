insert into generated_reports (id, account_id, definition_id, title, format, period_from, period_to, scope_key,
                               content, expires_at)
values (:id, :accountId, :definitionId, :title, :format, :periodFrom, :periodTo, :scopeKey, :content, :expiresAt)

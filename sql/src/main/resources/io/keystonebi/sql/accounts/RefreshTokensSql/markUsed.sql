update refresh_tokens set used_at = now() where id = :id and used_at is null

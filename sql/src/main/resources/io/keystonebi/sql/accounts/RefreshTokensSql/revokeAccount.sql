update refresh_tokens set revoked_at = now() where account_id = :accountId and revoked_at is null

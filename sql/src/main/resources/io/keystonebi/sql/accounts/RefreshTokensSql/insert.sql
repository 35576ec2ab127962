insert into refresh_tokens (account_id, family_id, token_digest, expires_at)
values (:accountId, :familyId, :digest, :expiresAt)

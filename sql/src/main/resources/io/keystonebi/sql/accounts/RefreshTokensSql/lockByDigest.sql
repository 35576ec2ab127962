select id, account_id, family_id, expires_at, used_at, revoked_at
from refresh_tokens
where token_digest = :digest
for update

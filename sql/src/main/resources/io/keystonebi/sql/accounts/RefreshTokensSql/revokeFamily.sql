update refresh_tokens set revoked_at = now() where family_id = :familyId and revoked_at is null

-- A refresh may narrow the scopes but never drops what we knew: keep the old list when GHL sends none.
update ghl_connections
set encrypted_access_token = :encryptedAccessToken,
    encrypted_refresh_token = :encryptedRefreshToken,
    expires_at = :expiresAt,
    scopes = coalesce(:scopes, scopes),
    updated_at = now()
where location_source_id = :locationSourceId

insert into ghl_connections (location_source_id, company_id, auth_kind, encrypted_access_token,
                             encrypted_refresh_token, expires_at, scopes)
values (:locationSourceId, :companyId, :authKind, :encryptedAccessToken, :encryptedRefreshToken, :expiresAt, :scopes)
on conflict (location_source_id) do update
set company_id = excluded.company_id,
    auth_kind = excluded.auth_kind,
    encrypted_access_token = excluded.encrypted_access_token,
    encrypted_refresh_token = excluded.encrypted_refresh_token,
    expires_at = excluded.expires_at,
    scopes = excluded.scopes,
    updated_at = now()

select location_source_id, company_id, auth_kind, encrypted_access_token, encrypted_refresh_token, expires_at, scopes,
       updated_at
from ghl_connections
where location_source_id = :locationSourceId

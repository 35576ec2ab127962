select encrypted_access_token from ghl_connections where location_source_id = :locationSourceId

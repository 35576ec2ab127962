select auth_kind from ghl_connections where location_source_id = :locationSourceId

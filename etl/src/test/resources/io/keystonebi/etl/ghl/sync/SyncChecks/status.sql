select * from ghl_sync_status where location_source_id = :location

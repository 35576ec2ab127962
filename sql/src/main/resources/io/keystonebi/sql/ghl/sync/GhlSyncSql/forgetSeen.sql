delete from ghl_sync_seen where run_id = :runId

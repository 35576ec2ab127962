update ghl_sync_status
set last_run_status = 'STARTED', last_run_ended_at = null, last_error = null
where location_source_id = :location

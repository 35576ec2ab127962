select location_source_id, last_full_finished_at, last_incremental_finished_at, last_run_kind, last_run_status,
       last_run_started_at, last_run_ended_at, last_error
from ghl_sync_status
where location_source_id = :locationSourceId

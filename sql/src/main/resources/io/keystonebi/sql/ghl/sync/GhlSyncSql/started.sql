insert into ghl_sync_status as s (location_source_id, last_run_kind, last_run_status, last_run_started_at)
values (:locationSourceId, :kind, 'STARTED', :startedAt)
on conflict (location_source_id) do update
set last_run_kind = excluded.last_run_kind,
    last_run_status = excluded.last_run_status,
    last_run_started_at = excluded.last_run_started_at,
    last_run_ended_at = null,
    last_error = null

insert into ghl_sync_status (location_source_id, last_incremental_finished_at, last_run_kind, last_run_status,
                             last_run_started_at, last_run_ended_at)
values ('metrics-location', now() - interval '10 minutes', 'incremental', 'COMPLETED',
        now() - interval '11 minutes', now() - interval '10 minutes')
on conflict (location_source_id) do update
set last_incremental_finished_at = excluded.last_incremental_finished_at

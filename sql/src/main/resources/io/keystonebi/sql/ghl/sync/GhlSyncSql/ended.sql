insert into ghl_sync_status as s (location_source_id, last_run_kind, last_run_status, last_run_ended_at, last_error,
                                  last_full_finished_at, last_incremental_finished_at)
values (:locationSourceId, :kind, :status, :endedAt, :error,
        case when :kind = 'full' and :status = 'COMPLETED' then :endedAt end,
        case when :kind = 'incremental' and :status = 'COMPLETED' then :endedAt end)
on conflict (location_source_id) do update
set last_run_kind = excluded.last_run_kind,
    last_run_status = excluded.last_run_status,
    last_run_ended_at = excluded.last_run_ended_at,
    last_error = excluded.last_error,
    last_full_finished_at = coalesce(excluded.last_full_finished_at, s.last_full_finished_at),
    last_incremental_finished_at = coalesce(excluded.last_incremental_finished_at, s.last_incremental_finished_at)

insert into ghl_sync_seen (run_id, entity, source_id)
values (:runId, :entity, :sourceId)
on conflict do nothing

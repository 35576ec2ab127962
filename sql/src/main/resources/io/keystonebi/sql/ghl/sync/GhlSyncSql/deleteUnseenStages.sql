update pipeline_stages t
set deleted_at = :runStartedAt,
    loaded_at = now()
from pipelines p
where p.id = t.pipeline_id
  and p.location_id = :locationId
  and t.deleted_at is null
  and t.loaded_at < :runStartedAt
  and not exists (select 1
                  from ghl_sync_seen s
                  where s.run_id = :runId and s.entity = :entity and s.source_id = p.source_id || '/' || t.source_id)

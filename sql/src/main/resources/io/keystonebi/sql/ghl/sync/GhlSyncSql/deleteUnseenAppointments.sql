update appointments t
set deleted_at = :runStartedAt,
    source_updated_at = :runStartedAt,
    loaded_at = now()
where t.location_id = :locationId
  and t.deleted_at is null
  and t.start_at >= :windowStart
  and t.start_at < :windowEnd
  and (t.source_updated_at is null or t.source_updated_at < :runStartedAt)
  and not exists (select 1
                  from ghl_sync_seen s
                  where s.run_id = :runId and s.entity = :entity and s.source_id = t.source_id)

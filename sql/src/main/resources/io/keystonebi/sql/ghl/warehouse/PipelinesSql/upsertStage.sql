insert into pipeline_stages as s (pipeline_id, source_id, name, position)
select p.id, :sourceId, coalesce(:name, :sourceId), :position
from pipelines p
where p.location_id = :locationId and p.source_id = :pipelineSourceId
on conflict (pipeline_id, source_id) do update
set name = excluded.name,
    position = excluded.position,
    loaded_at = now(),
    deleted_at = null

insert into pipeline_stages (pipeline_id, source_id, name, position)
select p.id, :stageSourceId, :stageSourceId, 0
from pipelines p
where p.location_id = :locationId and p.source_id = :pipelineSourceId
on conflict (pipeline_id, source_id) do nothing

insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
select o.id, s.id, :enteredAt
from opportunities o
join pipelines p on p.location_id = o.location_id and p.source_id = :pipelineSourceId
join pipeline_stages s on s.pipeline_id = p.id and s.source_id = :stageSourceId
where o.location_id = :locationId and o.source_id = :sourceId
on conflict (opportunity_id, stage_id, entered_at) do nothing

-- Every import declares its stages again; one already as declared is left alone, so the import changes nothing.
insert into pipeline_stages (pipeline_id, source_id, name, position, funnel_stage, win_probability)
select p.id, :name, :name, :position, :funnelStage, :winProbability
from pipelines p
where p.location_id = :locationId and p.source_id = :pipeline
on conflict (pipeline_id, source_id) do update
set position = excluded.position,
    funnel_stage = excluded.funnel_stage,
    win_probability = excluded.win_probability,
    deleted_at = null
where (pipeline_stages.position, pipeline_stages.funnel_stage, pipeline_stages.win_probability,
       pipeline_stages.deleted_at)
      is distinct from (excluded.position, excluded.funnel_stage, excluded.win_probability, null)

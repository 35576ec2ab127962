insert into pipelines (location_id, source_id, name)
select distinct :locationId, s.pipeline, s.pipeline
from import_stage_opportunities s
on conflict (location_id, source_id) do nothing

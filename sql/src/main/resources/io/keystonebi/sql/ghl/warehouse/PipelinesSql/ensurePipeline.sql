insert into pipelines (location_id, source_id, name)
values (:locationId, :pipelineSourceId, :pipelineSourceId)
on conflict (location_id, source_id) do nothing

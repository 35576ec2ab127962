-- Imported pipelines are keyed by their name.
insert into pipelines (location_id, source_id, name)
values (:locationId, :name, :name)
on conflict (location_id, source_id) do nothing

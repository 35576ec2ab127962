-- The no-op update makes "returning" give the id of an existing row too.
insert into locations (source_id, name)
values (:sourceId, :sourceId)
on conflict (source_id) do update set source_id = excluded.source_id
returning id

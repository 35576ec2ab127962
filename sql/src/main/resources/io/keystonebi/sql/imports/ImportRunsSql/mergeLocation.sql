-- An existing location keeps its own name and time zone (a GHL sync may own them).
insert into locations (source_id, name, timezone)
values (:sourceId, :name, :timezone)
on conflict (source_id) do update set source_id = excluded.source_id
returning id, timezone

-- Reads an existing location without writing it (no row lock, no new row version per event); inserts only an
-- unknown one. When another transaction inserts the same location at the same moment, both branches come back
-- empty and the caller asks again.
with existing as (
    select id from locations where source_id = :sourceId
),
inserted as (
    insert into locations (source_id, name)
    select :sourceId, :sourceId
    where not exists (select 1 from existing)
    on conflict (source_id) do nothing
    returning id
)
select id from existing
union all
select id from inserted

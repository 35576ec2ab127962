-- A warehouse agent for agent accounts to be tied to; kept if it is there already (fixtures of other tests in the
-- same context may have truncated the warehouse, so this runs before each test).
with location as (
    insert into locations (source_id, name) values ('audit-test-location', 'Audit test')
    on conflict (source_id) do update set name = excluded.name
    returning id
)
insert into users (location_id, source_id, name)
select id, 'audit-test-agent', 'Avery Audit' from location
on conflict (location_id, source_id) do update set name = excluded.name
returning id

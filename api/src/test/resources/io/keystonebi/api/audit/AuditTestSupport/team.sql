-- A team for manager accounts to run, in the audit tests' location (made by agentUser.sql).
insert into teams (location_id, name)
select id, 'Audit test team' from locations where source_id = 'audit-test-location'
on conflict (location_id, name) do update set name = excluded.name
returning id

-- A manager is keyed by name; one who is also imported as an agent keeps the agent row.
insert into users (location_id, source_id, name, is_agent, office_id)
select distinct on (s.manager) :locationId, s.manager, s.manager, false, o.id
from import_stage_agents s
left join offices o on o.location_id = :locationId and o.name = s.office
where s.manager is not null
order by s.manager, s.line_number
on conflict (location_id, source_id) do nothing

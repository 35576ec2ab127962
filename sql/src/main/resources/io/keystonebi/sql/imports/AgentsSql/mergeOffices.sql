insert into offices (location_id, name)
select distinct :locationId, s.office
from import_stage_agents s
where s.office is not null
on conflict (location_id, name) do nothing

-- A team without a name of its own is named after its manager.
insert into teams (location_id, name, office_id, manager_user_id)
select distinct on (coalesce(s.team, s.manager)) :locationId, coalesce(s.team, s.manager), o.id, m.id
from import_stage_agents s
left join offices o on o.location_id = :locationId and o.name = s.office
left join users m on m.location_id = :locationId and m.source_id = s.manager
where coalesce(s.team, s.manager) is not null
order by coalesce(s.team, s.manager), s.line_number
on conflict (location_id, name) do update
set office_id = coalesce(excluded.office_id, teams.office_id),
    manager_user_id = coalesce(excluded.manager_user_id, teams.manager_user_id)

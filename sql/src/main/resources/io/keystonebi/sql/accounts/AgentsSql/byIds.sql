select u.id, u.name, u.is_agent as agent, u.location_id, l.name as location_name, u.team_id, t.name as team_name
from users u
join locations l on l.id = u.location_id
left join teams t on t.id = u.team_id
where u.id = any(:ids) and u.deleted_at is null

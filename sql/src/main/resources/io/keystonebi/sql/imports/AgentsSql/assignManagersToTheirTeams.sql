update users u
set team_id = t.id
from teams t
where t.location_id = :locationId and t.manager_user_id = u.id and u.team_id is null

select t.id, t.location_id, t.name, t.manager_user_id,
       array(select u.id from users u where u.team_id = t.id and u.deleted_at is null order by u.name, u.id) as member_ids,
       array(select u.name from users u where u.team_id = t.id and u.deleted_at is null order by u.name, u.id) as member_names
from teams t
order by t.name, t.id

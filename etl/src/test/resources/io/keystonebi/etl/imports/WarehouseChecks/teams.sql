select t.name || ' led by ' || m.name || ' (' || (m.is_agent)::text || ') in ' || o.name || ': '
       || (select string_agg(u.name, ', ' order by u.name) from users u where u.team_id = t.id and u.is_agent) as team
from teams t
join users m on m.id = t.manager_user_id
join offices o on o.id = t.office_id
order by t.name

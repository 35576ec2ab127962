select a.id, a.username, a.display_name, a.role, a.warehouse_user_id, u.name as agent_name, a.team_id,
       t.name as team_name, a.active, a.created_at, a.updated_at, a.email
from accounts a
left join users u on u.id = a.warehouse_user_id
left join teams t on t.id = a.team_id
order by a.username

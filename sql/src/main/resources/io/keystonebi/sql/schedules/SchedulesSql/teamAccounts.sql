-- A manager is tied to the team directly; an agent through the warehouse user whose book is theirs.
select a.id, a.display_name, a.role, a.email, a.active, a.warehouse_user_id, a.team_id
from accounts a
left join users u on u.id = a.warehouse_user_id
where (a.role = 'manager' and a.team_id = :teamId)
   or (a.role = 'agent' and u.team_id = :teamId)
order by a.id

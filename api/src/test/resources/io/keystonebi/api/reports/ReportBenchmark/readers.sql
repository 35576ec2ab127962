-- Each reader's scope, as the application derives it from the role: the team's members for a manager.
select a.id, a.email, a.role, a.warehouse_user_id, a.team_id,
       coalesce((select array_agg(u.id order by u.id) from users u where u.team_id = a.team_id), '{}') as members
from accounts a
where a.username like 'reader%'
order by a.id

-- A team outside the caller's scope: not the manager's, and not the agent's own.
select t.id
from teams t
where not coalesce(t.id = :team, false)
  and not exists (select 1 from users u where u.id = :user and u.team_id = t.id)
order by t.id
limit 1

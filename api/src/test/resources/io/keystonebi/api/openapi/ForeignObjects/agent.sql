-- An agent outside the caller's scope: not the agent themselves, not in the manager's team.
select u.id
from users u
where u.is_agent
  and not coalesce(u.id = :user, false)
  and not coalesce(u.team_id = :team, false)
order by u.id
limit 1

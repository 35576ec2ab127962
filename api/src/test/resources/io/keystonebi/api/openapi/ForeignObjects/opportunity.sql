-- An opportunity assigned to an agent outside the caller's scope.
select o.id
from opportunities o
join users u on u.id = o.assigned_user_id
where o.deleted_at is null
  and not coalesce(u.id = :user, false)
  and not coalesce(u.team_id = :team, false)
order by o.id
limit 1

-- A contact assigned to an agent outside the caller's scope.
select c.id
from contacts c
join users u on u.id = c.assigned_user_id
where c.deleted_at is null
  and not coalesce(u.id = :user, false)
  and not coalesce(u.team_id = :team, false)
order by c.id
limit 1

-- The warehouse users in scope, by name: the agents a block can be filtered to.
select cast(u.id as text) as value,
       u.name as label
from users u
where u.deleted_at is null
  and (:scopeAll or u.id = any(:scopeUsers))
order by lower(u.name), u.id
limit :limit

-- Every team for the brokerage; otherwise the teams the users in scope are in now.
select cast(t.id as text) as value,
       t.name as label
from teams t
where :scopeAll
   or t.id in (select u.team_id from users u where u.id = any(:scopeUsers) and u.deleted_at is null)
order by lower(t.name), t.id
limit :limit

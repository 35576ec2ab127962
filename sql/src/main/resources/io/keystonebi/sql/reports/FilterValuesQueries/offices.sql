-- Every office for the brokerage; otherwise the offices of the users in scope: a user's own office, else their
-- team's, as the report queries attribute them.
select cast(f.id as text) as value,
       f.name as label
from offices f
where :scopeAll
   or f.id in (select coalesce(u.office_id, t.office_id)
               from users u
               left join teams t on t.id = u.team_id
               where u.id = any(:scopeUsers)
                 and u.deleted_at is null)
order by lower(f.name), f.id
limit :limit

-- Written apart from the application's queries: each won deal's close is taken as its location's wall-clock date
-- and compared with the period's days (both included). Deals assigned to :users count, or every deal with :everyone.
select coalesce(sum(o.monetary_value), 0)
from opportunities o
join locations l on l.id = o.location_id
where o.status = 'won'
  and o.deleted_at is null
  and (:everyone or o.assigned_user_id = any(:users))
  and (o.won_at at time zone l.timezone)::date between cast(:first as date) and cast(:last as date)

-- Written apart from the application's query: the won deals of the agents who are in the team now (read from
-- users.team_id, which the admin API changed), each turned into its location's wall-clock date and compared with
-- the period's days [:first, :last].
select coalesce(sum(o.monetary_value), 0) as revenue
from opportunities o
join locations l on l.id = o.location_id
join users u on u.id = o.assigned_user_id
where o.status = 'won' and o.deleted_at is null and u.team_id = :teamId and u.deleted_at is null
  and (o.won_at at time zone l.timezone)::date between :first and :last

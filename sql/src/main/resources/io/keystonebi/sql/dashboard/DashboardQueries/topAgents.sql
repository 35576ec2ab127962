-- rank() rather than row_number(): agents with equal revenue share a place on the leaderboard.
select u.id as user_id,
       u.name,
       sum(o.monetary_value) as revenue,
       rank() over (order by sum(o.monetary_value) desc) as rank
from opportunities o
join locations l on l.id = o.location_id
join users u on u.id = o.assigned_user_id
where o.status = 'won'
  and o.deleted_at is null
  and o.won_at >= cast(:from as date)::timestamp at time zone l.timezone
  and o.won_at < cast(:to as date)::timestamp at time zone l.timezone
group by u.id, u.name
having sum(o.monetary_value) > 0
order by rank, u.name, u.id
limit :limit

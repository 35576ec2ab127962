-- rank() rather than row_number(): agents with equal revenue share a place on the leaderboard.
-- Bounds are turned into instants once per location, not once per row.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
)
select u.id as user_id,
       u.name,
       sum(o.monetary_value) as revenue,
       rank() over (order by sum(o.monetary_value) desc) as rank
from opportunities o
join bounds b on b.location_id = o.location_id
join users u on u.id = o.assigned_user_id
where o.status = 'won'
  and o.deleted_at is null
  and o.won_at >= b.starts_at
  and o.won_at < b.ends_at
group by u.id, u.name
having sum(o.monetary_value) > 0
order by rank, u.name, u.id
limit :limit

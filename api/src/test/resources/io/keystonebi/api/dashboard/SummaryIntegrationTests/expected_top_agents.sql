-- Rank as "1 + the number of agents with strictly more revenue", so ties share a place.
with revenue as (
    select u.id, u.name, sum(o.monetary_value) as revenue
    from users u
    join opportunities o on o.assigned_user_id = u.id
    join locations l on l.id = o.location_id
    where o.status = 'won' and o.deleted_at is null and o.monetary_value is not null
      and (o.won_at at time zone l.timezone)::date between cast(:first as date) and cast(:last as date)
    group by u.id, u.name
)
select r.name, r.revenue, 1 + (select count(*) from revenue better where better.revenue > r.revenue) as rank
from revenue r
where r.revenue > 0
order by rank, r.name
limit :limit

-- One pass over the year's won deals; the month and quarter are filters inside it (they never start before
-- the year does).
select coalesce(sum(o.monetary_value) filter (
           where o.won_at >= cast(:monthStart as date)::timestamp at time zone l.timezone), 0) as mtd,
       coalesce(sum(o.monetary_value) filter (
           where o.won_at >= cast(:quarterStart as date)::timestamp at time zone l.timezone), 0) as qtd,
       coalesce(sum(o.monetary_value), 0) as ytd
from opportunities o
join locations l on l.id = o.location_id
where o.status = 'won'
  and o.deleted_at is null
  and o.won_at >= cast(:yearStart as date)::timestamp at time zone l.timezone
  and o.won_at < cast(:to as date)::timestamp at time zone l.timezone

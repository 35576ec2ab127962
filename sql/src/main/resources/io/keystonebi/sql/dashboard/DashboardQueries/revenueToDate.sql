-- One pass over the year's won deals; the month and quarter are filters inside it (they never start before
-- the year does). Bounds are turned into instants once per location, not once per row.
with bounds as (
    select l.id as location_id,
           cast(:monthStart as date)::timestamp at time zone l.timezone as month_starts_at,
           cast(:quarterStart as date)::timestamp at time zone l.timezone as quarter_starts_at,
           cast(:yearStart as date)::timestamp at time zone l.timezone as year_starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
)
select coalesce(sum(o.monetary_value) filter (where o.won_at >= b.month_starts_at), 0) as mtd,
       coalesce(sum(o.monetary_value) filter (where o.won_at >= b.quarter_starts_at), 0) as qtd,
       coalesce(sum(o.monetary_value), 0) as ytd
from opportunities o
join bounds b on b.location_id = o.location_id
where o.status = 'won'
  and o.deleted_at is null
  and o.won_at >= b.year_starts_at
  and o.won_at < b.ends_at

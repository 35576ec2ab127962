-- Calendar month, quarter and year of :today, each through the end of :today, on local won dates.
select coalesce(sum(o.monetary_value) filter (where date_trunc('month', w.won_day) = date_trunc('month', cast(:today as date))), 0) as mtd,
       coalesce(sum(o.monetary_value) filter (where date_trunc('quarter', w.won_day) = date_trunc('quarter', cast(:today as date))), 0) as qtd,
       coalesce(sum(o.monetary_value) filter (where date_trunc('year', w.won_day) = date_trunc('year', cast(:today as date))), 0) as ytd
from opportunities o
join locations l on l.id = o.location_id
cross join lateral (select (o.won_at at time zone l.timezone)::date as won_day) w
where o.status = 'won' and o.deleted_at is null and w.won_day <= cast(:today as date)

-- March 2026 in New York, written apart from the catalogue: revenue, won deals and GCI (sale prices; a property
-- type's rate, else 3%) of the deals won by the given agents, or by everyone when none are given.
select coalesce(sum(o.monetary_value), 0) as revenue,
       count(*) as deals,
       coalesce(sum(o.monetary_value * coalesce(pt.commission_rate, 0.03)), 0) as gci
from opportunities o
left join property_types pt on pt.id = o.property_type_id
where o.status = 'won'
  and o.won_at >= timestamp '2026-03-01 00:00' at time zone 'America/New_York'
  and o.won_at < timestamp '2026-04-01 00:00' at time zone 'America/New_York'
  and (cardinality(cast(:agents as bigint[])) = 0 or o.assigned_user_id = any(:agents))

-- Re-adds the months containing the given days from the (already refreshed) daily slices.
with months as (
    select distinct t.location_id, date_trunc('month', t.day)::date as month
    from unnest(cast(:locationIds as bigint[]), cast(:days as date[])) as t (location_id, day)
)
insert into rollup_monthly (location_id, month, dimension, dimension_key, leads, opportunities_created, deals_won,
                            revenue_won, deals_lost, stage_entries)
select r.location_id, m.month, r.dimension, r.dimension_key, sum(r.leads), sum(r.opportunities_created),
       sum(r.deals_won), sum(r.revenue_won), sum(r.deals_lost), sum(r.stage_entries)
from months m
join rollup_daily r on r.location_id = m.location_id
                   and r.day >= m.month
                   and r.day < (m.month + interval '1 month')
group by r.location_id, m.month, r.dimension, r.dimension_key

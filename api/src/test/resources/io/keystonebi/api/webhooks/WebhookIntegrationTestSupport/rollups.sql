select l.source_id || ' ' || r.day || ' leads=' || r.leads || ' created=' || r.opportunities_created || ' won='
       || r.deals_won || ' revenue=' || r.revenue_won
from rollup_daily r
join locations l on l.id = r.location_id
where r.dimension = 'all'
union all
select 'dirty ' || count(*) from rollup_dirty_days
order by 1

-- Any day of a month stands for the whole month.
insert into lead_source_costs (location_id, source, month, cost)
select :locationId, s.source, s.month, s.cost
from (select distinct on (source, date_trunc('month', month)) source, date_trunc('month', month)::date as month, cost
      from import_stage_lead_source_costs
      order by source, date_trunc('month', month), line_number desc) s
on conflict (location_id, source, month) do update
set cost = excluded.cost

-- Any day of a month stands for the whole month.
insert into agent_targets (user_id, month, revenue_target)
select u.id, s.month, s.revenue_target
from (select distinct on (agent, date_trunc('month', month)) agent, date_trunc('month', month)::date as month,
             revenue_target
      from import_stage_agent_targets
      order by agent, date_trunc('month', month), line_number desc) s
join users u on u.location_id = :locationId and u.source_id = s.agent
on conflict (user_id, month) do update
set revenue_target = excluded.revenue_target

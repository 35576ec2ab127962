select o.source_id, o.status, o.monetary_value, u.name as agent, st.name as stage,
       to_char(o.won_at at time zone 'America/New_York', 'YYYY-MM-DD HH24:MI') as won_at,
       to_char(o.lost_at at time zone 'America/New_York', 'YYYY-MM-DD HH24:MI') as lost_at,
       (select count(*) from opportunity_stage_history h where h.opportunity_id = o.id) as history_entries
from opportunities o
left join users u on u.id = o.assigned_user_id
left join pipeline_stages st on st.id = o.stage_id
order by o.source_id

select o.source_id || ': stage ' || s.source_id || ' @ ' || to_char(h.entered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
from opportunity_stage_history h
join opportunities o on o.id = h.opportunity_id
join pipeline_stages s on s.id = h.stage_id
join locations l on l.id = o.location_id
where l.source_id = :location
union all
select o.source_id || ': status ' || h.status || ' @ ' || to_char(h.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
from opportunity_status_history h
join opportunities o on o.id = h.opportunity_id
join locations l on l.id = o.location_id
where l.source_id = :location
order by 1

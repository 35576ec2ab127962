select l.source_id || '/' || o.source_id || ' ' || coalesce(o.name, '-') || ' ' || o.status || ' '
       || coalesce(o.monetary_value::text, '-') || ' pipeline=' || coalesce(p.source_id, '-') || ' stage='
       || coalesce(s.source_id, '-') || ' contact=' || coalesce(c.source_id, '-')
       || ' won=' || coalesce(to_char(o.won_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
       || ' stage_changed=' || coalesce(to_char(o.last_stage_change_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
       || ' deleted=' || coalesce(to_char(o.deleted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), '-')
from opportunities o
join locations l on l.id = o.location_id
left join pipelines p on p.id = o.pipeline_id
left join pipeline_stages s on s.id = o.stage_id
left join contacts c on c.id = o.contact_id
order by l.source_id, o.source_id

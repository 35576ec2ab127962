select p.source_id || '/' || s.source_id || ' ' || s.name || ' @' || s.position
       || case when s.deleted_at is null then '' else ' deleted' end
from pipeline_stages s
join pipelines p on p.id = s.pipeline_id
join locations l on l.id = p.location_id
where l.source_id = :location
order by p.source_id, s.position, s.source_id

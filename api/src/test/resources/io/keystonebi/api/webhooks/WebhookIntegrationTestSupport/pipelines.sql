select p.source_id || ' ' || p.name || ' / ' || s.source_id || ' ' || s.name || ' ' || s.position
from pipelines p
join pipeline_stages s on s.pipeline_id = p.id
order by p.source_id, s.source_id

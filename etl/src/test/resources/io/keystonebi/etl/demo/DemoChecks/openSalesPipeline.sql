select count(*) || ' open deals worth ' || sum(o.monetary_value)::bigint
from opportunities o
join pipelines p on p.id = o.pipeline_id
where p.name = 'Sales' and o.status = 'open'

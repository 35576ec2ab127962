-- The stages of the live pipelines; a stage is named with its pipeline when there is more than one pipeline, as
-- two pipelines often share stage names.
select n.value,
       n.label
from (
    select s.id,
           cast(s.id as text) as value,
           case when (select count(*) from pipelines q where q.deleted_at is null) > 1
                then s.name || ' (' || p.name || ')'
                else s.name
           end as label
    from pipeline_stages s
    join pipelines p on p.id = s.pipeline_id
    where s.deleted_at is null
      and p.deleted_at is null
) n
order by lower(n.label), n.id
limit :limit

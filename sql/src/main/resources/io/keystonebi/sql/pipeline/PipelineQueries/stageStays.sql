-- How long deals stay in each stage: every entry into a stage in the period, timed to the deal's next stage entry
-- (the next later time, whenever it came). An entry with no later one (the deal is still there, or the stage closes
-- the deal) counts as an entry without a stay. Each entry's next one is a window over its deal's history, read for
-- the deals in scope with an entry in the period.
with bounds as materialized (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
entries as (
    select h.stage_id, h.entered_at, b.starts_at, b.ends_at,
           first_value(h.entered_at) over (partition by h.opportunity_id order by h.entered_at
                                           groups between 1 following and unbounded following) as left_at
    from bounds b
    join opportunities o on o.location_id = b.location_id
    join opportunity_stage_history h on h.opportunity_id = o.id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and exists (select 1 from opportunity_stage_history p
                  where p.opportunity_id = o.id and p.entered_at >= b.starts_at and p.entered_at < b.ends_at)
)
select s.id as stage_id, s.name as stage, p.name as pipeline,
       count(*) as entries,
       count(e.left_at) as moved_on,
       percentile_cont(0.5) within group (order by date_part('epoch', e.left_at - e.entered_at) / 86400)
           as median_days
from entries e
join pipeline_stages s on s.id = e.stage_id
join pipelines p on p.id = s.pipeline_id
where e.entered_at >= e.starts_at and e.entered_at < e.ends_at
group by p.id, p.name, s.position, s.id, s.name
order by p.id, s.position, s.id

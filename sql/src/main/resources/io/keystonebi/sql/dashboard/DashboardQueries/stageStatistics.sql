-- What the pipeline health score learns from all history, brokerage-wide, per stage of every pipeline: its win
-- probability and its normal stay. Not scoped: a small scope is judged by the brokerage's yardstick. The first
-- column of every row is the brokerage's won share of all closed deals, the fallback for deals without a stage;
-- without any stage there is one row with only that column.
with reached as (
    -- Every stage a deal is known to have reached: an entry in its history, or its current stage.
    select h.opportunity_id, h.stage_id from opportunity_stage_history h
    union
    select o.id, o.stage_id from opportunities o where o.stage_id is not null and o.deleted_at is null
),
-- Learned: of the closed deals (won, lost or abandoned) that reached the stage, the share won.
stage_learned as (
    select r.stage_id,
           count(*) filter (where o.status = 'won') as won,
           count(*) filter (where o.status <> 'open') as closed
    from reached r
    join opportunities o on o.id = r.opportunity_id
    where o.deleted_at is null
    group by r.stage_id
),
-- A stage no closed deal has reached yet takes its pipeline's won share of closed deals.
pipeline_learned as (
    select o.pipeline_id,
           count(*) filter (where o.status = 'won') as won,
           count(*) filter (where o.status <> 'open') as closed
    from opportunities o
    where o.deleted_at is null and o.pipeline_id is not null
    group by o.pipeline_id
),
overall_learned as (
    select count(*) filter (where o.status = 'won') as won,
           count(*) filter (where o.status <> 'open') as closed
    from opportunities o
    where o.deleted_at is null
),
-- How long deals stayed in a stage: from an entry to the next entry, or to the close when it was the last one.
stays as (
    select h.stage_id,
           coalesce(lead(h.entered_at) over (partition by h.opportunity_id order by h.entered_at),
                    case o.status when 'won' then o.won_at when 'open' then null else o.lost_at end)
               - h.entered_at as stay
    from opportunity_stage_history h
    join opportunities o on o.id = h.opportunity_id
    where o.deleted_at is null
),
-- A stage's normal stay: :agingFactor times the median of its finished stays, in seconds.
stage_norms as (
    select stage_id, percentile_cont(0.5) within group (order by extract(epoch from stay)) * :agingFactor
               as normal_seconds
    from stays
    where stay >= interval '0'
    group by stage_id
),
stages as (
    select s.id as stage_id,
           coalesce(s.win_probability, sl.won::numeric / nullif(sl.closed, 0),
                    pl.won::numeric / nullif(pl.closed, 0)) as win_probability,
           case when s.win_probability is not null then 'configured'
                when sl.closed > 0 then 'learned'
                else 'borrowed' end as basis,
           n.normal_seconds
    from pipeline_stages s
    left join stage_learned sl on sl.stage_id = s.id
    left join pipeline_learned pl on pl.pipeline_id = s.pipeline_id
    left join stage_norms n on n.stage_id = s.id
)
select ol.won::numeric / nullif(ol.closed, 0) as overall_win_probability,
       s.stage_id, s.win_probability, s.basis, s.normal_seconds
from overall_learned ol
left join stages s on true
order by s.stage_id

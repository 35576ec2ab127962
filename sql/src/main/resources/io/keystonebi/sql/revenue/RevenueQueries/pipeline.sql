-- Closed, open and weighted value of one period [from, to), as the KPI definitions fix them.
-- Closed: won in the period. Open at the period's end (as the summary counts it): created by then (or creation
-- unknown) and still open, or closed after it; won deals close at won_at, lost and abandoned ones at lost_at.
-- Weighted: each open deal times the win probability of the stage it was in at the period's end (its last
-- stage entry before then, else its current stage): the stage's configured probability, else the share won
-- among deals of the whole brokerage that entered the stage and were won or lost before the period's end.
-- Open deals whose stage has neither are left out of the weighted value and counted in unweighted_deals.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
deals as (
    select o.id,
           o.status,
           coalesce(o.monetary_value, 0) as value,
           o.created_at,
           o.won_at,
           o.stage_id,
           case o.status when 'won' then o.won_at else o.lost_at end as closed_at,
           b.starts_at,
           b.ends_at
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
),
open_at_end as (
    select d.value,
           coalesce((select h.stage_id
                     from opportunity_stage_history h
                     where h.opportunity_id = d.id and h.entered_at < d.ends_at
                     order by h.entered_at desc
                     limit 1), d.stage_id) as stage_id
    from deals d
    where (d.created_at is null or d.created_at <= d.ends_at)
      and (d.status = 'open' or d.closed_at > d.ends_at)
),
learned as (
    select e.stage_id, avg(case when e.status = 'won' then 1.0 else 0.0 end) as probability
    from (
        select distinct h.opportunity_id, h.stage_id, o.status
        from opportunity_stage_history h
        join opportunities o on o.id = h.opportunity_id
        join bounds b on b.location_id = o.location_id
        where o.deleted_at is null
          and o.status in ('won', 'lost')
          and case o.status when 'won' then o.won_at else o.lost_at end < b.ends_at
    ) e
    group by e.stage_id
),
weighted as (
    select p.value, coalesce(s.win_probability, l.probability) as probability
    from open_at_end p
    left join pipeline_stages s on s.id = p.stage_id
    left join learned l on l.stage_id = p.stage_id
)
select (select coalesce(sum(d.value), 0) from deals d
        where d.status = 'won' and d.won_at >= d.starts_at and d.won_at < d.ends_at) as closed_value,
       (select count(*) from deals d
        where d.status = 'won' and d.won_at >= d.starts_at and d.won_at < d.ends_at) as closed_deals,
       coalesce(sum(w.value), 0) as open_value,
       count(w.value) as open_deals,
       round(coalesce(sum(w.value * w.probability), 0), 2) as weighted_value,
       count(*) filter (where w.probability is null) as unweighted_deals
from weighted w

-- The deal family's partial figures for [from, to), one row per key of :dimension ('total' for none): deals won
-- (by won_at), lost (by lost_at) and created (by created_at) in the period, each counted on its own local date,
-- and the deals open at the period's end (created by then, or creation unknown, and not closed by then), which
-- have no date and so are left out of period breakdowns. Each location applies the local dates at its own
-- midnight. GCI per won deal: with sale prices (:salePrice) the value times its property type's commission rate,
-- else :defaultRate; with commissions, the value itself. Weighted value: each open deal times the win probability
-- of the stage it was in at the end (its last stage entry before then, else its current stage), configured or
-- else learned as the share won among the deals that entered the stage and closed before the end. The stage key
-- of a won, lost or created deal is its current stage. Zipcode: the client contact's postal code. The learned
-- probabilities and the stages at the end are looked up only when they count (:pipelineWeights, or a breakdown by
-- stage); otherwise an open deal is keyed by its current stage.
with bounds as (
    select * from report_period_bounds(cast(:from as date), cast(:to as date))
),
deals as materialized (
    select o.id,
           o.status,
           coalesce(o.monetary_value, 0) as value,
           o.created_at,
           o.won_at,
           o.lost_at,
           o.stage_id,
           o.assigned_user_id as agent_id,
           u.team_id,
           coalesce(u.office_id, t.office_id) as office_id,
           coalesce(nullif(o.source, ''), '(none)') as source,
           o.property_type_id,
           coalesce(nullif(k.postal_code, ''), '(none)') as zipcode,
           case when :salePrice
                then coalesce(o.monetary_value, 0) * coalesce(pt.commission_rate, cast(:defaultRate as numeric))
                else coalesce(o.monetary_value, 0)
           end as gci,
           b.timezone,
           b.starts_at,
           b.ends_at
    from opportunities o
    join bounds b on b.location_id = o.location_id
    left join users u on u.id = o.assigned_user_id
    left join teams t on t.id = u.team_id
    left join contacts k on k.id = o.contact_id
    left join property_types pt on pt.id = o.property_type_id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or o.assigned_user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, t.office_id) = any(:offices))
      and (cast(:sources as text[]) is null or coalesce(nullif(o.source, ''), '(none)') = any(:sources))
      and (cast(:propertyTypes as bigint[]) is null or o.property_type_id = any(:propertyTypes))
      and (cast(:zipcodes as text[]) is null or coalesce(nullif(k.postal_code, ''), '(none)') = any(:zipcodes))
      and ((o.won_at >= b.starts_at and o.won_at < b.ends_at)
        or (o.lost_at >= b.starts_at and o.lost_at < b.ends_at)
        or (o.created_at >= b.starts_at and o.created_at < b.ends_at)
        or ((o.created_at is null or o.created_at <= b.ends_at)
            and (o.status = 'open' or case o.status when 'won' then o.won_at else o.lost_at end > b.ends_at)))
),
learned as (
    select e.stage_id, avg(case when e.status = 'won' then 1.0 else 0.0 end) as probability
    from (
        select distinct h.opportunity_id, h.stage_id, o.status
        from opportunity_stage_history h
        join opportunities o on o.id = h.opportunity_id
        join bounds b on b.location_id = o.location_id
        where :pipelineWeights
          and o.deleted_at is null
          and o.status in ('won', 'lost')
          and case o.status when 'won' then o.won_at else o.lost_at end < b.ends_at
    ) e
    group by e.stage_id
),
events as (
    select d.*, 'won' as kind, d.won_at as at, d.stage_id as event_stage_id
    from deals d where d.status = 'won' and d.won_at >= d.starts_at and d.won_at < d.ends_at
    union all
    select d.*, 'lost', d.lost_at, d.stage_id
    from deals d where d.status = 'lost' and d.lost_at >= d.starts_at and d.lost_at < d.ends_at
    union all
    select d.*, 'created', d.created_at, d.stage_id
    from deals d where d.created_at >= d.starts_at and d.created_at < d.ends_at
    union all
    select d.*, 'open', null,
           coalesce(case when :dimension = 'stage' or :pipelineWeights
                         then (select h.stage_id
                               from opportunity_stage_history h
                               where h.opportunity_id = d.id and h.entered_at < d.ends_at
                               order by h.entered_at desc
                               limit 1)
                    end, d.stage_id)
    from deals d
    where :dimension not in ('day', 'week', 'month', 'quarter')
      and (d.created_at is null or d.created_at <= d.ends_at)
      and (d.status = 'open' or case d.status when 'won' then d.won_at else d.lost_at end > d.ends_at)
),
keyed as (
    select report_breakdown_key(:dimension, e.at, e.timezone, e.agent_id, e.team_id, e.office_id, e.source,
                                e.event_stage_id, e.property_type_id, e.zipcode) as key,
           e.kind,
           e.value,
           e.gci,
           extract(epoch from e.won_at - e.created_at) / 86400 as cycle_days,
           e.value * coalesce(s.win_probability, l.probability) as weighted
    from events e
    left join pipeline_stages s on s.id = e.event_stage_id and e.kind = 'open'
    left join learned l on l.stage_id = e.event_stage_id and e.kind = 'open'
    where cast(:stages as bigint[]) is null or e.event_stage_id = any(:stages)
)
select k.key,
       coalesce(sum(k.value) filter (where k.kind = 'won'), 0) as revenue,
       round(coalesce(sum(k.gci) filter (where k.kind = 'won'), 0), 2) as gci,
       count(*) filter (where k.kind = 'won') as won,
       count(*) filter (where k.kind = 'lost') as lost,
       count(*) filter (where k.kind = 'created') as created,
       percentile_cont(0.5) within group (order by k.cycle_days) filter (where k.kind = 'won') as cycle_days,
       coalesce(sum(k.value) filter (where k.kind = 'open'), 0) as open_value,
       count(*) filter (where k.kind = 'open') as open_deals,
       round(coalesce(sum(k.weighted) filter (where k.kind = 'open'), 0), 2) as weighted_value
from keyed k
group by k.key

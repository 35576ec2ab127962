-- The deals behind a chart's point, newest first, each with the number of all that match (before the limit).
-- One statement for every combination of filters: a filter not asked for is a null bind, so no SQL is ever
-- assembled from values. The window [:starts, :ends) of local dates applies at each location's own midnight, and
-- :date names what must fall in it: 'created', 'won' (won deals by won_at), 'lost' (lost deals by lost_at),
-- 'closed' (won by won_at, lost or abandoned by lost_at), 'entered_stage' (an entry into :stage, or into a stage
-- of :funnelStage, or any stage) or 'open_at_end' (open at the window's end as in the summary's pipeline value:
-- created by then, and open or closed after it; a closed deal without a close date counts as closed). Without
-- 'entered_stage', :stage and :funnelStage filter by the deal's current stage. Rows are ordered by that date
-- (the creation for 'open_at_end'). The caller's scope holds whatever :agent or :team asks.
with bounds as (
    select l.id as location_id,
           l.timezone,
           cast(:starts as date)::timestamp at time zone l.timezone as starts_at,
           cast(:ends as date)::timestamp at time zone l.timezone as ends_at
    from locations l
)
select o.id as deal_id,
       o.name as deal,
       c.name as contact,
       u.name as agent,
       o.assigned_user_id as agent_id,
       s.name as stage,
       o.status,
       o.monetary_value as value,
       (o.created_at at time zone b.timezone)::date as created,
       (x.closed_at at time zone b.timezone)::date as closed,
       pt.name as property_type,
       count(*) over () as total
from opportunities o
join bounds b on b.location_id = o.location_id
cross join lateral (
    select case o.status when 'open' then null when 'won' then o.won_at else o.lost_at end as closed_at
) x
left join users u on u.id = o.assigned_user_id
left join contacts c on c.id = o.contact_id
left join pipeline_stages s on s.id = o.stage_id
left join property_types pt on pt.id = o.property_type_id
left join lateral (
    select max(h.entered_at) as entered_at
    from opportunity_stage_history h
    left join pipeline_stages hs on hs.id = h.stage_id
    where cast(:date as text) = 'entered_stage'
      and h.opportunity_id = o.id
      and h.entered_at >= b.starts_at and h.entered_at < b.ends_at
      and (cast(:stage as bigint) is null or h.stage_id = :stage)
      and (cast(:funnelStage as text) is null or hs.funnel_stage = :funnelStage)
) e on true
cross join lateral (
    select case cast(:date as text)
               when 'won' then case when o.status = 'won' then o.won_at end
               when 'lost' then case when o.status = 'lost' then o.lost_at end
               when 'closed' then x.closed_at
               when 'entered_stage' then e.entered_at
               else o.created_at end as at
) d
where o.deleted_at is null
  and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
  and case when cast(:date as text) = 'open_at_end'
           then (o.created_at is null or o.created_at <= b.ends_at)
                and coalesce(o.status = 'open' or x.closed_at > b.ends_at, false)
           else d.at >= b.starts_at and d.at < b.ends_at end
  and (cast(:agent as bigint) is null or o.assigned_user_id = :agent)
  and (cast(:team as bigint) is null or u.team_id = :team)
  and (cast(:source as text) is null or o.source = :source)
  and (not :sourceMissing or nullif(o.source, '') is null)
  and (cast(:stage as bigint) is null or cast(:date as text) = 'entered_stage' or o.stage_id = :stage)
  and (cast(:funnelStage as text) is null or cast(:date as text) = 'entered_stage'
       or s.funnel_stage = :funnelStage)
  and (cast(:status as text) is null or o.status = :status)
  and (cast(:propertyType as bigint) is null or o.property_type_id = :propertyType)
  and (cast(:weekday as integer) is null or extract(isodow from d.at at time zone :zone) = :weekday)
  and (cast(:hour as integer) is null or extract(hour from d.at at time zone :zone) = :hour)
  and (cast(:contact as bigint) is null or o.contact_id = :contact)
order by d.at desc nulls last, o.id desc
limit :limit

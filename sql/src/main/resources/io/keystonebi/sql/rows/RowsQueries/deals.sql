-- The deals behind a chart's point, newest first, each with the number of all that match (before the limit).
-- One statement for every combination of filters: a filter not asked for is a null bind, so no SQL is ever
-- assembled from values. The window [:starts, :ends) of local dates applies at each location's own midnight, and
-- :date names what must fall in it: 'created', 'won' (won deals by won_at), 'lost' (lost deals by lost_at),
-- 'closed' (won by won_at, lost or abandoned by lost_at), 'entered_stage' (an entry into :stage, or into a stage
-- of :funnelStage, or any stage; the latest counts) or 'open_at_end' (open at the window's end as in the
-- summary's pipeline value: created by then, and open or closed after it; a closed deal without a close date
-- counts as closed). Without 'entered_stage', :stage and :funnelStage filter by the deal's current stage. Rows
-- are ordered by that date (the creation for 'open_at_end'). The caller's scope holds whatever :agent or :team
-- asks. Cost is bounded whatever the window: the filters run on opportunities alone (stage entries in one pass
-- when asked for), and names are joined to the page's rows only.
with bounds as (
    select l.id as location_id,
           l.timezone,
           cast(:starts as date)::timestamp at time zone l.timezone as starts_at,
           cast(:ends as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
entries as (
    select h.opportunity_id, max(h.entered_at) as entered_at
    from opportunity_stage_history h
    join opportunities ho on ho.id = h.opportunity_id
    join bounds hb on hb.location_id = ho.location_id
    where cast(:date as text) = 'entered_stage'
      and h.entered_at >= hb.starts_at and h.entered_at < hb.ends_at
      and (cast(:stage as bigint) is null or h.stage_id = :stage)
      and (cast(:funnelStage as text) is null
           or h.stage_id in (select s.id from pipeline_stages s where s.funnel_stage = :funnelStage))
    group by h.opportunity_id
),
matching as (
    select o.id, o.name, o.contact_id, o.assigned_user_id, o.stage_id, o.status, o.monetary_value,
           o.property_type_id, o.created_at, x.closed_at, b.timezone, d.at
    from opportunities o
    join bounds b on b.location_id = o.location_id
    left join entries e on e.opportunity_id = o.id
    cross join lateral (
        select case o.status when 'open' then null when 'won' then o.won_at else o.lost_at end as closed_at
    ) x
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
      and (not :agentMissing or o.assigned_user_id is null)
      and (cast(:team as bigint) is null
           or o.assigned_user_id in (select u.id from users u where u.team_id = :team))
      and (cast(:source as text) is null or o.source = :source)
      and (not :sourceMissing or nullif(o.source, '') is null)
      and (cast(:stage as bigint) is null or cast(:date as text) = 'entered_stage' or o.stage_id = :stage)
      and (cast(:funnelStage as text) is null or cast(:date as text) = 'entered_stage'
           or o.stage_id in (select s.id from pipeline_stages s where s.funnel_stage = :funnelStage))
      and (cast(:status as text) is null or o.status = :status)
      and (cast(:propertyType as bigint) is null or o.property_type_id = :propertyType)
      and (cast(:weekday as integer) is null or extract(isodow from d.at at time zone :zone) = :weekday)
      and (cast(:hour as integer) is null or extract(hour from d.at at time zone :zone) = :hour)
      and (cast(:contact as bigint) is null or o.contact_id = :contact)
),
page as (
    select m.*, count(*) over () as total
    from matching m
    order by m.at desc nulls last, m.id desc
    limit :limit
)
select p.id as deal_id,
       p.name as deal,
       c.name as contact,
       u.name as agent,
       p.assigned_user_id as agent_id,
       s.name as stage,
       p.status,
       p.monetary_value as value,
       (p.created_at at time zone p.timezone)::date as created,
       (p.closed_at at time zone p.timezone)::date as closed,
       pt.name as property_type,
       p.total
from page p
left join users u on u.id = p.assigned_user_id
left join contacts c on c.id = p.contact_id
left join pipeline_stages s on s.id = p.stage_id
left join property_types pt on pt.id = p.property_type_id
order by p.at desc nulls last, p.id desc

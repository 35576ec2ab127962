-- The stage family's partial figures for [from, to), one row per key of :dimension ('total' for none): the
-- entries of deals into a stage in the period (by entered_at, on its local date), and how many of those deals
-- later entered the next stage of the same pipeline (the stage with the next higher position). Entries into a
-- pipeline's last stage have no next stage and count only in stage_entries. Deal attributes as in deals.sql.
with bounds as (
    select * from report_period_bounds(cast(:from as date), cast(:to as date))
),
next_stages as (
    select s.id as stage_id,
           (select n.id from pipeline_stages n
            where n.pipeline_id = s.pipeline_id and n.position > s.position and n.deleted_at is null
            order by n.position, n.id
            limit 1) as next_stage_id
    from pipeline_stages s
),
entries as (
    select h.opportunity_id,
           h.stage_id,
           h.entered_at,
           o.assigned_user_id as agent_id,
           u.team_id,
           coalesce(u.office_id, t.office_id) as office_id,
           coalesce(nullif(o.source, ''), '(none)') as source,
           o.property_type_id,
           coalesce(nullif(k.postal_code, ''), '(none)') as zipcode,
           ns.next_stage_id,
           b.timezone
    from opportunity_stage_history h
    join opportunities o on o.id = h.opportunity_id
    join bounds b on b.location_id = o.location_id
    left join next_stages ns on ns.stage_id = h.stage_id
    left join users u on u.id = o.assigned_user_id
    left join teams t on t.id = u.team_id
    left join contacts k on k.id = o.contact_id
    where o.deleted_at is null
      and h.entered_at >= b.starts_at
      and h.entered_at < b.ends_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or o.assigned_user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, t.office_id) = any(:offices))
      and (cast(:sources as text[]) is null or coalesce(nullif(o.source, ''), '(none)') = any(:sources))
      and (cast(:stages as bigint[]) is null or h.stage_id = any(:stages))
      and (cast(:propertyTypes as bigint[]) is null or o.property_type_id = any(:propertyTypes))
      and (cast(:zipcodes as text[]) is null or coalesce(nullif(k.postal_code, ''), '(none)') = any(:zipcodes))
),
keyed as (
    select report_breakdown_key(:dimension, e.entered_at, e.timezone, e.agent_id, e.team_id, e.office_id,
                                e.source, e.stage_id, e.property_type_id, e.zipcode) as key,
           e.next_stage_id is not null as has_next,
           e.next_stage_id is not null and exists (
               select 1 from opportunity_stage_history n
               where n.opportunity_id = e.opportunity_id
                 and n.stage_id = e.next_stage_id
                 and n.entered_at > e.entered_at
           ) as moved_on
    from entries e
)
select k.key,
       count(*) as entries,
       count(*) filter (where k.has_next) as entries_with_next,
       count(*) filter (where k.moved_on) as moved_on
from keyed k
group by k.key

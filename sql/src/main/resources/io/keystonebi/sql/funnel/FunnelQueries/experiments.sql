-- The period's leads of each experiment cohort (a lead source, or a contact tag; both compared ignoring case and
-- surrounding spaces, a blank source as 'unknown') and how many of them converted: had a deal won before the
-- period's end, as the summary's conversion rate counts. A lead can be in several cohorts. Every cohort asked for
-- gets a row, with zeros when it has no leads. Sources match by hash; tags only on the leads that have any.
with bounds as materialized (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
cohorts as materialized (
    select k.position, k.kind, lower(btrim(k.value)) as value
    from unnest(cast(:kinds as text[]), cast(:values as text[])) with ordinality as k (kind, value, position)
),
leads as materialized (
    select c.id, b.ends_at,
           lower(coalesce(nullif(btrim(c.source), ''), 'unknown')) as source,
           case when cardinality(c.tags) > 0 then array(select lower(btrim(t)) from unnest(c.tags) t) end as tags
    from contacts c
    join bounds b on b.location_id = c.location_id
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= b.starts_at
      and c.created_at < b.ends_at
),
members as (
    select k.position, l.id, l.ends_at
    from cohorts k
    join leads l on l.source = k.value
    where k.kind = 'source'
    union all
    select k.position, l.id, l.ends_at
    from cohorts k
    join leads l on k.value = any(l.tags)
    where k.kind = 'tag' and l.tags is not null
)
select k.position,
       count(m.id) as leads,
       count(m.id) filter (where exists (
           select 1 from opportunities o
           where o.contact_id = m.id and o.deleted_at is null and o.status = 'won' and o.won_at < m.ends_at)) as converted
from cohorts k
left join members m on m.position = k.position
group by k.position
order by k.position

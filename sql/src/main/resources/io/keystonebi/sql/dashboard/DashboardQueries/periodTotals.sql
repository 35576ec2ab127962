-- Each location turns the local dates into instants at its own midnight.
-- A location counts only contacts of type 'lead' as leads once it uses that type at all; otherwise every
-- contact is a lead.
-- Open at an instant t: created by t (or creation unknown, as for imported prospects) and either still open
-- or closed after t; won deals close at won_at, lost and abandoned ones at lost_at, and a closed deal without
-- a close date counts as closed.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
revenue as (
    select coalesce(sum(o.monetary_value), 0) as revenue
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.won_at >= b.starts_at
      and o.won_at < b.ends_at
),
leads as (
    select c.id, b.ends_at
    from contacts c
    join bounds b on b.location_id = c.location_id
    where c.deleted_at is null
      and c.created_at >= b.starts_at
      and c.created_at < b.ends_at
      and (c.type = 'lead' or not b.uses_lead_type)
),
lead_counts as (
    select count(*) as leads,
           count(*) filter (where exists (
               select 1 from opportunities o
               where o.contact_id = leads.id
                 and o.status = 'won'
                 and o.deleted_at is null
                 and o.won_at < leads.ends_at
           )) as converted_leads
    from leads
),
pipeline as (
    select coalesce(sum(o.monetary_value), 0) as pipeline_value
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null
      and (o.created_at is null or o.created_at <= b.ends_at)
      and (o.status = 'open'
           or (case o.status when 'won' then o.won_at else o.lost_at end) > b.ends_at)
)
select revenue.revenue, lead_counts.leads, lead_counts.converted_leads, pipeline.pipeline_value
from revenue, lead_counts, pipeline

-- The lead family's partial figures for [from, to), one row per key of :dimension ('total' for none): the leads
-- created in the period (contacts of type 'lead', or every contact in a location that does not use that type),
-- those of them converted (their first won deal won before the period's end: the cohort conversion), and the
-- median minutes from creation to the first outbound call, message or e-mail a person sent the lead (origin
-- 'app', or a user without an origin; workflows, campaigns, bulk sends and activity entries do not count).
-- Leads have no stage or property type. Zipcode: the lead's postal code.
with bounds as (
    select b.*,
           exists (
               select 1 from contacts c
               where c.location_id = b.location_id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from report_period_bounds(cast(:from as date), cast(:to as date)) b
),
leads as (
    select c.id,
           c.created_at,
           c.assigned_user_id as agent_id,
           u.team_id,
           coalesce(u.office_id, t.office_id) as office_id,
           coalesce(nullif(c.source, ''), '(none)') as source,
           coalesce(nullif(c.postal_code, ''), '(none)') as zipcode,
           b.timezone,
           b.ends_at
    from contacts c
    join bounds b on b.location_id = c.location_id
    left join users u on u.id = c.assigned_user_id
    left join teams t on t.id = u.team_id
    where c.deleted_at is null
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= b.starts_at
      and c.created_at < b.ends_at
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or c.assigned_user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, t.office_id) = any(:offices))
      and (cast(:sources as text[]) is null or coalesce(nullif(c.source, ''), '(none)') = any(:sources))
      and (cast(:zipcodes as text[]) is null or coalesce(nullif(c.postal_code, ''), '(none)') = any(:zipcodes))
),
measured as (
    select report_breakdown_key(:dimension, d.created_at, d.timezone, d.agent_id, d.team_id, d.office_id,
                                d.source, cast(null as bigint), cast(null as bigint), d.zipcode) as key,
           exists (
               select 1 from opportunities o
               where o.contact_id = d.id and o.status = 'won' and o.deleted_at is null and o.won_at < d.ends_at
           ) as converted,
           (select extract(epoch from min(m.created_at) - d.created_at) / 60
            from messages m
            where m.contact_id = d.id
              and m.created_at >= d.created_at
              and m.direction = 'outbound'
              and m.deleted_at is null
              and (m.origin = 'app' or (m.origin is null and m.user_id is not null))
              and (m.message_type is null or m.message_type not ilike '%activity%')) as reply_minutes
    from leads d
)
select m.key,
       count(*) as leads,
       count(*) filter (where m.converted) as converted,
       percentile_cont(0.5) within group (order by m.reply_minutes) as reply_minutes
from measured m
group by m.key

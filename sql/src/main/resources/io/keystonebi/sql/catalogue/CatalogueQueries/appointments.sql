-- The appointment family's partial figures for [from, to), one row per key of :dimension ('total' for none):
-- appointments set (booked, by created_at) in the period, and held (status 'showed') and no-shows (status
-- 'noshow') among those starting in the period, each counted on its own local date. Agent: the appointment's
-- owner. Source and zipcode: its contact's. Appointments have no stage or property type.
with bounds as (
    select * from report_period_bounds(cast(:from as date), cast(:to as date))
),
appointments_in as materialized (
    select a.status,
           a.created_at,
           a.start_at,
           a.assigned_user_id as agent_id,
           u.team_id,
           coalesce(u.office_id, t.office_id) as office_id,
           coalesce(nullif(k.source, ''), '(none)') as source,
           coalesce(nullif(k.postal_code, ''), '(none)') as zipcode,
           b.timezone,
           b.starts_at,
           b.ends_at
    from appointments a
    join bounds b on b.location_id = a.location_id
    left join users u on u.id = a.assigned_user_id
    left join teams t on t.id = u.team_id
    left join contacts k on k.id = a.contact_id
    where a.deleted_at is null
      and ((a.created_at >= b.starts_at and a.created_at < b.ends_at)
        or (a.start_at >= b.starts_at and a.start_at < b.ends_at))
      and (:scopeAll or a.assigned_user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or a.assigned_user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, t.office_id) = any(:offices))
      and (cast(:sources as text[]) is null or coalesce(nullif(k.source, ''), '(none)') = any(:sources))
      and (cast(:zipcodes as text[]) is null or coalesce(nullif(k.postal_code, ''), '(none)') = any(:zipcodes))
),
events as (
    select a.*, 'set' as kind, a.created_at as at
    from appointments_in a where a.created_at >= a.starts_at and a.created_at < a.ends_at
    union all
    select a.*, a.status, a.start_at
    from appointments_in a
    where a.status in ('showed', 'noshow') and a.start_at >= a.starts_at and a.start_at < a.ends_at
),
keyed as (
    select report_breakdown_key(:dimension, e.at, e.timezone, e.agent_id, e.team_id, e.office_id, e.source,
                                cast(null as bigint), cast(null as bigint), e.zipcode) as key,
           e.kind
    from events e
)
select k.key,
       count(*) filter (where k.kind = 'set') as booked,
       count(*) filter (where k.kind = 'showed') as held,
       count(*) filter (where k.kind = 'noshow') as no_show
from keyed k
group by k.key

-- The message family's partial figures for [from, to), one row per key of :dimension ('total' for none): the
-- outbound calls, messages and e-mails a person sent in the period (origin 'app', or a user without an origin;
-- activity entries do not count), on their local date. Agent: the sender. Source and zipcode: the contact's.
-- The data scope keeps the messages its users sent.
with bounds as (
    select * from report_period_bounds(cast(:from as date), cast(:to as date))
),
sent as (
    select m.created_at,
           m.user_id as agent_id,
           u.team_id,
           coalesce(u.office_id, t.office_id) as office_id,
           coalesce(nullif(k.source, ''), '(none)') as source,
           coalesce(nullif(k.postal_code, ''), '(none)') as zipcode,
           b.timezone
    from messages m
    join bounds b on b.location_id = m.location_id
    left join users u on u.id = m.user_id
    left join teams t on t.id = u.team_id
    left join contacts k on k.id = m.contact_id
    where m.deleted_at is null
      and m.direction = 'outbound'
      and (m.origin = 'app' or (m.origin is null and m.user_id is not null))
      and (m.message_type is null or m.message_type not ilike '%activity%')
      and m.created_at >= b.starts_at
      and m.created_at < b.ends_at
      and (:scopeAll or m.user_id = any(:scopeUsers))
      and (cast(:agents as bigint[]) is null or m.user_id = any(:agents))
      and (cast(:teams as bigint[]) is null or u.team_id = any(:teams))
      and (cast(:offices as bigint[]) is null or coalesce(u.office_id, t.office_id) = any(:offices))
      and (cast(:sources as text[]) is null or coalesce(nullif(k.source, ''), '(none)') = any(:sources))
      and (cast(:zipcodes as text[]) is null or coalesce(nullif(k.postal_code, ''), '(none)') = any(:zipcodes))
)
select report_breakdown_key(:dimension, s.created_at, s.timezone, s.agent_id, s.team_id, s.office_id,
                            s.source, cast(null as bigint), cast(null as bigint), s.zipcode) as key,
       count(*) as outbound
from sent s
group by 1

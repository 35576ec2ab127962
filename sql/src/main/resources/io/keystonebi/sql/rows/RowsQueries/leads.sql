-- The leads behind a chart's point, newest first, each with the number of all that match (before the limit).
-- One statement for every combination of filters: a filter not asked for is a null bind, so no SQL is ever
-- assembled from values. The window [:starts, :ends) of local dates applies at each location's own midnight, as
-- the summary's periods do, and :date names which of the lead's times must fall in it: 'created' or 'won' (its
-- first won opportunity). Leads are contacts of type 'lead', or every contact in a location that does not use
-- the type (as in the summary). Status and funnel step are as of :asOf (the first local date after the period, or
-- after the month, quarter or year asked for), the cohort conversion rate's meaning: converted when the first won
-- opportunity was won by then, else 'open opportunity' when one was open then, else 'none'. :funnelStage keeps
-- the leads that reached that step by then, placed by the funnel's own definition (FunnelQueries/placement.sql,
-- inserted below as a define, bound with the same stage mapping), so a drill of a funnel bar lists exactly the
-- leads it counts. The caller's scope (:scopeAll or the contact's agent among :scopeUsers) holds whatever :agent
-- or :team asks. Cost is bounded whatever the window: one pass over the opportunities gives every contact's
-- facts, the filters run on contacts alone, the funnel is placed only for the leads left when a step is asked
-- for, and names are joined to the page's rows only.
with bounds as (
    select l.id as location_id,
           l.timezone,
           cast(:starts as date)::timestamp at time zone l.timezone as starts_at,
           cast(:ends as date)::timestamp at time zone l.timezone as ends_at,
           cast(:asOf as date)::timestamp at time zone l.timezone as as_of_at,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
-- Open at :asOf as in the summary's pipeline: created by then, and open or closed after it.
facts as (
    select o.contact_id,
           min(o.won_at) filter (where o.status = 'won') as first_won,
           bool_or((o.created_at is null or o.created_at <= b.as_of_at)
                   and (o.status = 'open'
                        or case o.status when 'won' then o.won_at else o.lost_at end > b.as_of_at)) as open_at_end
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null and o.contact_id is not null
    group by o.contact_id
),
candidates as (
    select c.id, c.name, c.created_at, c.source, c.assigned_user_id, b.timezone, b.as_of_at, f.first_won, st.status,
           st.at
    from contacts c
    join bounds b on b.location_id = c.location_id
    left join facts f on f.contact_id = c.id
    cross join lateral (
        select case cast(:date as text) when 'won' then f.first_won else c.created_at end as at,
               case when f.first_won < b.as_of_at then 'converted'
                    when f.open_at_end then 'open opportunity'
                    else 'none' end as status
    ) st
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and st.at >= b.starts_at and st.at < b.ends_at
      and (cast(:agent as bigint) is null or c.assigned_user_id = :agent)
      and (not :agentMissing or c.assigned_user_id is null)
      and (cast(:team as bigint) is null
           or c.assigned_user_id in (select u.id from users u where u.team_id = :team))
      and (cast(:source as text) is null or c.source = :source)
      and (not :sourceMissing or nullif(c.source, '') is null)
      and (cast(:status as text) is null or st.status = :status)
      and (cast(:weekday as integer) is null or extract(isodow from st.at at time zone :zone) = :weekday)
      and (cast(:hour as integer) is null or extract(hour from st.at at time zone :zone) = :hour)
      and (cast(:contact as bigint) is null or c.id = :contact)
),
-- The placement's input: none unless a step past Lead is asked for.
leads as (
    select m.id, 'drill' as window_name, m.as_of_at as ends_at
    from candidates m
    where cast(:funnelStage as text) in ('contacted', 'qualified', 'proposal', 'closed')
),
<placement>,
matching as (
    select m.*
    from candidates m
    left join placement p on p.id = m.id
    where cast(:funnelStage as text) is null or :funnelStage = 'lead'
       or p.step >= case :funnelStage when 'contacted' then 1 when 'qualified' then 2 when 'proposal' then 3
                                       when 'closed' then 4 end
),
page as (
    select m.*, count(*) over () as total
    from matching m
    order by m.at desc, m.id desc
    limit :limit
)
select p.id as contact_id,
       p.name as contact,
       (p.created_at at time zone p.timezone)::date as created,
       p.source,
       u.name as agent,
       p.assigned_user_id as agent_id,
       p.status,
       (p.first_won at time zone p.timezone)::date as first_won,
       p.total
from page p
left join users u on u.id = p.assigned_user_id
order by p.at desc, p.id desc

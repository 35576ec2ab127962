-- Each agent's figures for the period [from, to), in one statement. Agents: the users in scope that are
-- agents and not deleted, plus any other user in scope with leads, won deals or open deals to show.
-- Leads, conversion (cohort) and revenue as the summary counts them: leads are contacts created in the period
-- (of type 'lead' once the location uses that type), a lead converts when its contact's first won deal was won
-- before the period's end; revenue is won in the period. Open value: deals open at the period's end.
-- Activity comes from messages and appointments; a person sent a message when its origin is 'app' (or unknown
-- with a user id). Speed to lead: median minutes from a lead's creation to its first outbound message by a
-- person, over the agent's leads of the period that had one. Follow-up compliance: the share of inbound messages
-- of the period, on the agent's contacts, that a person answered within :slaMinutes. Calls, e-mails and
-- meetings are null, not 0, for a location without any messages (appointments) at all: it has no activity
-- data, which is different from an idle agent.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           exists (select 1 from contacts c
                   where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null) as uses_lead_type,
           exists (select 1 from messages m where m.location_id = l.id and m.deleted_at is null) as has_messages,
           exists (select 1 from appointments a
                   where a.location_id = l.id and a.deleted_at is null) as has_appointments
    from locations l
),
won as (
    select o.assigned_user_id as agent_id, count(*) as deals, sum(coalesce(o.monetary_value, 0)) as revenue
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.won_at >= b.starts_at
      and o.won_at < b.ends_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
    group by o.assigned_user_id
),
open_deals as (
    select o.assigned_user_id as agent_id, sum(coalesce(o.monetary_value, 0)) as open_value
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and (o.created_at is null or o.created_at <= b.ends_at)
      and (o.status = 'open' or case o.status when 'won' then o.won_at else o.lost_at end > b.ends_at)
    group by o.assigned_user_id
),
leads as (
    select c.id, c.assigned_user_id as agent_id, c.created_at,
           coalesce((select min(o.won_at) from opportunities o
                     where o.contact_id = c.id and o.status = 'won' and o.deleted_at is null) < b.ends_at,
                    false) as converted
    from contacts c
    join bounds b on b.location_id = c.location_id
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at >= b.starts_at
      and c.created_at < b.ends_at
),
lead_counts as (
    select agent_id, count(*) as leads, count(*) filter (where converted) as conversions
    from leads
    group by agent_id
),
-- Messages a person sent: activity entries (opportunity changes and the like) are not contact.
outbound as (
    select m.location_id, m.contact_id, m.user_id, m.channel, m.created_at
    from messages m
    where m.deleted_at is null
      and m.direction = 'outbound'
      and m.channel is not null
      and m.channel not like 'activity%'
      and (m.origin = 'app' or (m.origin is null and m.user_id is not null))
),
speed as (
    select f.agent_id,
           round(cast(percentile_cont(0.5) within group (order by f.minutes) as numeric), 1) as minutes
    from (
        select l.agent_id, extract(epoch from min(m.created_at) - l.created_at) / 60 as minutes
        from leads l
        join outbound m on m.contact_id = l.id and m.created_at >= l.created_at
        group by l.id, l.agent_id, l.created_at
    ) f
    group by f.agent_id
),
follow_up as (
    select k.assigned_user_id as agent_id,
           round(100.0 * count(*) filter (where exists (
               select 1 from outbound r
               where r.contact_id = m.contact_id
                 and r.created_at > m.created_at
                 and r.created_at <= m.created_at + make_interval(mins => :slaMinutes))) / count(*), 1) as compliance
    from messages m
    join contacts k on k.id = m.contact_id
    join bounds b on b.location_id = m.location_id
    where m.deleted_at is null
      and m.direction = 'inbound'
      and m.created_at >= b.starts_at
      and m.created_at < b.ends_at
      and (:scopeAll or k.assigned_user_id = any(:scopeUsers))
    group by k.assigned_user_id
),
activity as (
    select m.user_id as agent_id,
           count(*) filter (where m.channel = 'call') as calls,
           count(*) filter (where m.channel = 'email') as emails,
           count(*) as messages
    from outbound m
    join bounds b on b.location_id = m.location_id
    where m.created_at >= b.starts_at
      and m.created_at < b.ends_at
      and (:scopeAll or m.user_id = any(:scopeUsers))
    group by m.user_id
),
meetings as (
    select a.assigned_user_id as agent_id, count(*) as meetings
    from appointments a
    join bounds b on b.location_id = a.location_id
    where a.deleted_at is null
      and a.start_at >= b.starts_at
      and a.start_at < b.ends_at
      and coalesce(a.status, '') not in ('cancelled', 'invalid')
      and (:scopeAll or a.assigned_user_id = any(:scopeUsers))
    group by a.assigned_user_id
)
select u.id as agent_id,
       u.name,
       u.team_id,
       t.name as team_name,
       coalesce(lc.leads, 0) as leads,
       coalesce(lc.conversions, 0) as conversions,
       coalesce(w.deals, 0) as deals_won,
       coalesce(w.revenue, 0) as revenue,
       coalesce(od.open_value, 0) as open_value,
       s.minutes as speed_to_lead_minutes,
       f.compliance as follow_up_compliance,
       case when b.has_messages then coalesce(a.calls, 0) end as calls,
       case when b.has_messages then coalesce(a.emails, 0) end as emails,
       case when b.has_appointments then coalesce(mt.meetings, 0) end as meetings,
       case when b.has_messages or b.has_appointments
            then coalesce(a.messages, 0) + coalesce(mt.meetings, 0) end as activities
from users u
join bounds b on b.location_id = u.location_id
left join teams t on t.id = u.team_id
left join won w on w.agent_id = u.id
left join open_deals od on od.agent_id = u.id
left join lead_counts lc on lc.agent_id = u.id
left join speed s on s.agent_id = u.id
left join follow_up f on f.agent_id = u.id
left join activity a on a.agent_id = u.id
left join meetings mt on mt.agent_id = u.id
where (:scopeAll or u.id = any(:scopeUsers))
  and ((u.is_agent and u.deleted_at is null) or w.agent_id is not null or lc.agent_id is not null
       or od.agent_id is not null)
order by revenue desc, u.name, u.id

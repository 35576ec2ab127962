-- What is open at the end of the period, by age: whole days from the local day it was created to the period's
-- last day. The buckets' first moments are computed once per location (local midnights 7, 30, 60 and 90 days before
-- the last day), so each row is bucketed by comparing instants rather than converting its time. An open lead has no deal won by the end and either no deal by then or one still open then (a lead whose
-- every deal was lost is not open). An open deal was created by the end and closed after it or not at all, as the
-- summary's pipeline counts; deals without a creation date come as bucket null.
with bounds as materialized (
    select l.id as location_id, l.timezone,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at,
           (cast(:to as date) - 8)::timestamp at time zone l.timezone as age_7,
           (cast(:to as date) - 31)::timestamp at time zone l.timezone as age_30,
           (cast(:to as date) - 61)::timestamp at time zone l.timezone as age_60,
           (cast(:to as date) - 91)::timestamp at time zone l.timezone as age_90,
           exists (
               select 1 from contacts c
               where c.location_id = l.id and c.type = 'lead' and c.deleted_at is null
           ) as uses_lead_type
    from locations l
),
-- Each lead's deals in one pass over the deals: won by the end, any by the end, any open at the end.
lead_deals as (
    select o.contact_id,
           bool_or(o.status = 'won' and o.won_at < b.ends_at) as won,
           bool_or(o.created_at is null or o.created_at < b.ends_at) as has_deal,
           bool_or((o.created_at is null or o.created_at < b.ends_at)
                   and (o.status = 'open'
                        or coalesce((case o.status when 'won' then o.won_at else o.lost_at end) >= b.ends_at, false)))
               as has_open_deal
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null and o.contact_id is not null
    group by o.contact_id
),
items as (
    select 'lead' as kind, c.created_at, b.age_7, b.age_30, b.age_60, b.age_90
    from contacts c
    join bounds b on b.location_id = c.location_id
    left join lead_deals d on d.contact_id = c.id
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
      and (c.type = 'lead' or not b.uses_lead_type)
      and c.created_at < b.ends_at
      and not coalesce(d.won, false)
      and (not coalesce(d.has_deal, false) or d.has_open_deal)
    union all
    select 'deal', o.created_at, b.age_7, b.age_30, b.age_60, b.age_90
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
      and (o.created_at is null or o.created_at < b.ends_at)
      and (o.status = 'open'
           or coalesce((case o.status when 'won' then o.won_at else o.lost_at end) >= b.ends_at, false))
)
select kind,
       case when created_at is null then null
            when created_at >= age_7 then 0
            when created_at >= age_30 then 1
            when created_at >= age_60 then 2
            when created_at >= age_90 then 3
            else 4 end as bucket,
       count(*) as open
from items
group by 1, 2
order by 1, 2

-- Written apart from the application's queries: instead of turning local dates into instants, every event is
-- turned into its location's local wall-clock time and compared with the days of the period.
-- :first/:last are the current period's days, :base_first/:base_last the compared period's (both included).
with periods (kind, first_day, last_day) as (
    values ('current', cast(:first as date), cast(:last as date)),
           ('base', cast(:base_first as date), cast(:base_last as date))
),
local_locations as (
    select l.id,
           l.timezone,
           (select count(*) from contacts c
            where c.location_id = l.id and c.deleted_at is null and c.type = 'lead') > 0 as typed
    from locations l
),
local_opportunities as (
    select o.id, o.contact_id, o.status, coalesce(o.monetary_value, 0) as amount,
           o.created_at at time zone ll.timezone as created_local,
           o.won_at at time zone ll.timezone as won_local,
           o.lost_at at time zone ll.timezone as lost_local
    from opportunities o
    join local_locations ll on ll.id = o.location_id
    where o.deleted_at is null
),
local_leads as (
    select c.id, (c.created_at at time zone ll.timezone)::date as created_day
    from contacts c
    join local_locations ll on ll.id = c.location_id
    where c.deleted_at is null and (c.type = 'lead' or not ll.typed)
),
totals as (
    select p.kind,
           (select coalesce(sum(o.amount), 0) from local_opportunities o
            where o.status = 'won' and o.won_local::date between p.first_day and p.last_day) as revenue,
           (select count(*) from local_leads c
            where c.created_day between p.first_day and p.last_day) as leads,
           (select count(*) from local_leads c
            where c.created_day between p.first_day and p.last_day
              and c.id in (select o.contact_id from local_opportunities o
                           where o.status = 'won' and o.won_local::date <= p.last_day)) as converted,
           (select coalesce(sum(o.amount), 0) from local_opportunities o
            where coalesce(o.created_local, '-infinity') <= (p.last_day + 1)::timestamp
              and (o.status = 'open'
                   or (o.status = 'won' and o.won_local > (p.last_day + 1)::timestamp)
                   or (o.status in ('lost', 'abandoned') and o.lost_local > (p.last_day + 1)::timestamp))) as pipeline
    from periods p
)
select c.revenue,
       c.leads,
       c.converted,
       case when c.leads > 0 then round(c.converted * 100.0 / c.leads, 1) end as conversion_rate,
       c.pipeline,
       case when b.revenue <> 0 then round((c.revenue - b.revenue) * 100 / abs(b.revenue), 1) end as revenue_change,
       case when b.leads <> 0 then round((c.leads - b.leads) * 100.0 / b.leads, 1) end as lead_change,
       case when c.leads > 0 and b.leads > 0 and b.converted > 0
            then round((c.converted::numeric * b.leads - b.converted::numeric * c.leads) * 100
                       / (c.leads::numeric * b.converted), 1) end as conversion_change,
       case when b.pipeline <> 0 then round((c.pipeline - b.pipeline) * 100 / abs(b.pipeline), 1) end as pipeline_change
from totals c, totals b
where c.kind = 'current' and b.kind = 'base'

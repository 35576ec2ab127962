-- Revenue won in the period [from, to) per client, a client being the deal's contact (named by its company
-- when it has one). Returns the :limit clients with the most revenue, each with the totals over all clients:
-- their revenue, their number and the Herfindahl index (sum of the squared revenue shares, 0 to 1). Deals
-- without a contact belong to no client; their revenue is returned apart as unattributed_revenue.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
won as (
    select o.contact_id, coalesce(o.monetary_value, 0) as value
    from opportunities o
    join bounds b on b.location_id = o.location_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.won_at >= b.starts_at
      and o.won_at < b.ends_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
),
clients as (
    select w.contact_id, sum(w.value) as revenue, count(*) as deals
    from won w
    where w.contact_id is not null
    group by w.contact_id
),
totals as (
    select sum(revenue) as revenue, count(*) as clients,
           (select coalesce(sum(value), 0) from won where contact_id is null) as unattributed_revenue
    from clients
),
shares as (
    select coalesce(sum((c.revenue / nullif(t.revenue, 0)) ^ 2), 0) as herfindahl
    from clients c, totals t
)
select c.contact_id,
       coalesce(nullif(k.company_name, ''), nullif(k.name, ''),
                nullif(concat_ws(' ', k.first_name, k.last_name), ''), 'Contact ' || c.contact_id) as name,
       c.revenue,
       c.deals,
       t.revenue as total_revenue,
       t.clients,
       t.unattributed_revenue,
       round(s.herfindahl, 4) as herfindahl
from clients c
join contacts k on k.id = c.contact_id
cross join totals t
cross join shares s
order by c.revenue desc, name, c.contact_id
limit :limit

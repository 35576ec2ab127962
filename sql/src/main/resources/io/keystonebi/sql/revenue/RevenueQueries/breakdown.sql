-- Revenue won in the period [from, to) by agent, by the agent's current team, by lead source and by property
-- type, in one pass over the period's won deals. Each location applies the local dates at its own midnight.
-- GCI per deal: with sale prices (:salePrice) the value times its property type's commission rate, or
-- :defaultRate where the type sets none; with commissions, the value itself. A missing value counts as 0.
-- Rows without an agent, team, source or property type keep a null key; the source's label is then '(none)',
-- the name the deals drill-down filters missing sources by.
with bounds as (
    select l.id as location_id,
           cast(:from as date)::timestamp at time zone l.timezone as starts_at,
           cast(:to as date)::timestamp at time zone l.timezone as ends_at
    from locations l
),
won as materialized (
    select o.assigned_user_id as agent_id,
           u.name as agent_name,
           t.id as team_id,
           t.name as team_name,
           nullif(o.source, '') as source,
           pt.id as property_type_id,
           pt.name as property_type_name,
           coalesce(o.monetary_value, 0) as value,
           case when :salePrice
                then coalesce(o.monetary_value, 0) * coalesce(pt.commission_rate, cast(:defaultRate as numeric))
                else coalesce(o.monetary_value, 0)
           end as gci
    from opportunities o
    join bounds b on b.location_id = o.location_id
    left join users u on u.id = o.assigned_user_id
    left join teams t on t.id = u.team_id
    left join property_types pt on pt.id = o.property_type_id
    where o.status = 'won'
      and o.deleted_at is null
      and o.won_at >= b.starts_at
      and o.won_at < b.ends_at
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
)
select 'agent' as dimension, agent_id as key, coalesce(max(agent_name), '(unassigned)') as label,
       sum(value) as revenue, count(*) as deals, round(sum(gci), 2) as gci
from won group by agent_id
union all
select 'team', team_id, coalesce(max(team_name), '(no team)'), sum(value), count(*), round(sum(gci), 2)
from won group by team_id
union all
select 'source', null, coalesce(source, '(none)'), sum(value), count(*), round(sum(gci), 2)
from won group by source
union all
select 'property_type', property_type_id, coalesce(max(property_type_name), '(none)'), sum(value), count(*),
       round(sum(gci), 2)
from won group by property_type_id
order by dimension, revenue desc, label

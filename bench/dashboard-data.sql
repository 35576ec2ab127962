-- Demo-sized brokerage for the dashboard benchmark: one location, 35 agents, 8,000 contacts and 8,800
-- opportunities over the last two years, monthly targets. Seeded, so every run has the same shape.
select setseed(0.42);

insert into locations (source_id, name, timezone, currency)
values ('bench-location', 'Benchmark Realty', 'America/Denver', 'USD');

insert into users (location_id, source_id, name, is_agent)
select l.id, 'agent-' || g, 'Agent ' || lpad(g::text, 2, '0'), true
from locations l, generate_series(1, 35) g
where l.source_id = 'bench-location';

insert into contacts (location_id, source_id, name, type, source, assigned_user_id, created_at, source_updated_at)
select l.id,
       'contact-' || g,
       'Contact ' || g,
       case when random() < 0.85 then 'lead' else 'customer' end,
       (array['zillow', 'referral', 'website', 'open house'])[1 + floor(random() * 4)::int],
       (select min(id) from users) + (g % 35),
       now() - random() * interval '730 days',
       now() - random() * interval '1 day'
from locations l, generate_series(1, 8000) g
where l.source_id = 'bench-location';

with drawn as (
    select g,
           random() as status_draw,
           case when random() < 0.05 then null else now() - random() * interval '730 days' end as created,
           random() * interval '90 days' as duration
    from generate_series(1, 8800) g
)
insert into opportunities (location_id, source_id, name, contact_id, assigned_user_id, status, monetary_value,
                           created_at, won_at, lost_at, source_updated_at)
select l.id,
       'opportunity-' || d.g,
       'Deal ' || d.g,
       case when d.g % 10 = 0 then null else (select min(id) from contacts) + (d.g * 7) % 8000 end,
       (select min(id) from users) + (d.g % 35),
       s.status,
       round((150000 + random() * 1050000)::numeric, 2),
       d.created,
       case when s.status = 'won' then least(coalesce(d.created, now() - interval '30 days') + d.duration, now()) end,
       case when s.status in ('lost', 'abandoned')
            then least(coalesce(d.created, now() - interval '30 days') + d.duration, now()) end,
       now() - random() * interval '1 day'
from drawn d
cross join lateral (select case when d.status_draw < 0.25 then 'won'
                                when d.status_draw < 0.55 then 'lost'
                                when d.status_draw < 0.60 then 'abandoned'
                                else 'open' end as status) s
join locations l on l.source_id = 'bench-location';

insert into agent_targets (user_id, month, revenue_target)
select u.id, m::date, round((200000 + random() * 400000)::numeric, -3)
from users u, generate_series(date_trunc('month', now() - interval '24 months'), date_trunc('month', now()), interval '1 month') m;

analyze;

-- A New York location with two agents (one in a team), leads, won/lost deals and stage entries on both
-- sides of local midnight in February and March 2026. Times are UTC (EST is five hours behind).
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-a', 'North Shore Realty', 'America/New_York');
insert into teams (id, location_id, name) overriding system value values (1, 1, 'Team North');
insert into users (id, location_id, source_id, name, team_id) overriding system value
values (1, 1, 'u-ann', 'Ann Agent', 1), (2, 1, 'u-bob', 'Bob Broker', null);
insert into contacts (id, location_id, source_id, type, source, assigned_user_id, created_at) overriding system value
values (1, 1, 'c1', 'lead', 'zillow', 1, '2026-03-01 04:30:00+00'),
       (2, 1, 'c2', 'lead', 'zillow', 2, '2026-03-01 05:30:00+00'),
       (3, 1, 'c3', 'customer', 'zillow', 2, '2026-03-01 12:00:00+00');
insert into pipelines (id, location_id, source_id, name) overriding system value values (1, 1, 'p1', 'Sales');
insert into pipeline_stages (id, pipeline_id, source_id, name, position) overriding system value
values (1, 1, 's1', 'New', 1), (2, 1, 's2', 'Offer', 2);
insert into opportunities (id, location_id, source_id, assigned_user_id, status, monetary_value, source, created_at,
                           won_at, lost_at) overriding system value
values (1, 1, 'o1', 1, 'won', 100000, 'zillow', '2026-02-10 15:00:00+00', '2026-03-01 04:59:00+00', null),
       (2, 1, 'o2', 2, 'won', 50000, 'referral', '2026-03-01 10:00:00+00', '2026-03-02 03:00:00+00', null),
       (3, 1, 'o3', 1, 'lost', 20000, null, '2026-03-01 06:00:00+00', null, '2026-03-01 20:00:00+00');
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
values (1, 1, '2026-02-10 15:00:00+00'), (1, 2, '2026-02-20 15:00:00+00'), (2, 1, '2026-03-01 10:00:00+00');

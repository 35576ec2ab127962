-- Harbor Homes, a New York brokerage, around March 2026. Times are UTC: New York is five hours behind until
-- 8 March 2026 and four hours behind after it, so March runs from 2026-03-01 05:00Z to 2026-04-01 04:00Z.
-- Team East: Ann (1) and Bob (2), led by Dan (4, not an agent); Cat (3) has no team.
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-harbor', 'Harbor Homes', 'America/New_York');
insert into teams (id, location_id, name) overriding system value values (1, 1, 'Team East');
insert into users (id, location_id, source_id, name, team_id, is_agent) overriding system value
values (1, 1, 'u-ann', 'Ann Agent', 1, true),
       (2, 1, 'u-bob', 'Bob Broker', 1, true),
       (3, 1, 'u-cat', 'Cat Closer', null, true),
       (4, 1, 'u-dan', 'Dan Lead', 1, false);
update teams set manager_user_id = 4 where id = 1;
insert into property_types (id, location_id, name, commission_rate) overriding system value
values (1, 1, 'Condo', 0.025), (2, 1, 'House', null);
insert into pipelines (id, location_id, source_id, name) overriding system value values (1, 1, 'p1', 'Sales');
-- Offer has a configured win probability; New's is learned from history.
insert into pipeline_stages (id, pipeline_id, source_id, name, position, win_probability) overriding system value
values (1, 1, 's-new', 'New', 1, null), (2, 1, 's-offer', 'Offer', 2, 0.5);
-- Customers c1, c2; leads c3, c4 (Ann), c5 (Bob) created in March; c6 (Cat) at 23:30 on 28 February, local.
insert into contacts (id, location_id, source_id, name, company_name, type, source, assigned_user_id, created_at)
overriding system value
values (1, 1, 'c1', 'Al Acme', 'Acme Holdings', 'customer', null, 1, '2026-01-10 15:00:00+00'),
       (2, 1, 'c2', 'Jane Buyer', null, 'customer', null, 2, '2026-01-15 15:00:00+00'),
       (3, 1, 'c3', 'Lead One', null, 'lead', 'zillow', 1, '2026-03-02 12:00:00+00'),
       (4, 1, 'c4', 'Lead Two', null, 'lead', 'zillow', 1, '2026-03-10 12:00:00+00'),
       (5, 1, 'c5', 'Lead Three', null, 'lead', 'referral', 2, '2026-03-20 09:00:00+00'),
       (6, 1, 'c6', 'Lead Four', null, 'lead', 'zillow', 3, '2026-03-01 04:30:00+00');
-- Won in March: o1, o2 (Ann), o3 (Bob, 23:30 on 31 March local), o10 (Cat). o4 was won at 23:30 on 28 February
-- local, o5 in February, o8 in June 2025. Open at March's end: o6 (Offer), o9 (New). o7 was lost in March.
insert into opportunities (id, location_id, source_id, contact_id, pipeline_id, stage_id, assigned_user_id, status,
                           monetary_value, source, property_type_id, created_at, won_at, lost_at)
overriding system value
values (1, 1, 'o1', 1, 1, 2, 1, 'won', 200000, 'zillow', 2, '2026-02-01 15:00:00+00', '2026-03-05 15:00:00+00', null),
       (2, 1, 'o2', 3, 1, 2, 1, 'won', 100000, 'referral', 1, '2026-03-03 15:00:00+00', '2026-03-15 12:00:00+00', null),
       (3, 1, 'o3', 2, 1, 2, 2, 'won', 300000, 'zillow', 2, '2026-03-01 15:00:00+00', '2026-04-01 03:30:00+00', null),
       (4, 1, 'o4', null, 1, 2, 3, 'won', 50000, null, null, '2026-02-01 15:00:00+00', '2026-03-01 04:30:00+00', null),
       (5, 1, 'o5', 2, 1, 2, 2, 'won', 80000, 'zillow', 1, '2026-01-20 15:00:00+00', '2026-02-10 15:00:00+00', null),
       (6, 1, 'o6', 1, 1, 2, 1, 'open', 400000, 'zillow', 2, '2026-02-01 15:00:00+00', null, null),
       (7, 1, 'o7', 2, 1, 1, 2, 'lost', 60000, 'zillow', 2, '2026-01-20 15:00:00+00', null, '2026-03-10 15:00:00+00'),
       (8, 1, 'o8', 1, 1, 2, 3, 'won', 150000, null, 2, '2025-05-01 15:00:00+00', '2025-06-15 15:00:00+00', null),
       (9, 1, 'o9', 5, 1, 1, 2, 'open', 100000, 'referral', 1, '2026-03-25 15:00:00+00', null, null),
       (10, 1, 'o10', 1, 1, 2, 3, 'won', 30000, '', 2, '2026-03-01 15:00:00+00', '2026-03-20 15:00:00+00', null);
-- New's learned probability: o3 (won) and o7 (lost) entered it, so 1/2.
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
values (3, 1, '2026-03-01 15:00:00+00'), (7, 1, '2026-01-20 15:00:00+00'), (6, 2, '2026-02-01 15:00:00+00'),
       (9, 1, '2026-03-25 15:00:00+00');
insert into agent_targets (user_id, month, revenue_target)
values (1, '2026-02-01', 100000), (1, '2026-03-01', 250000), (2, '2026-03-01', 200000);
-- Ann calls c3 30 minutes after it arrived and e-mails c4 after 90 minutes (the workflow's SMS before does not
-- count). Bob answers c5's first message after 26 hours and its second after one.
insert into messages (location_id, source_id, contact_id, user_id, channel, direction, origin, created_at)
values (1, 'm1', 3, 1, 'call', 'outbound', 'app', '2026-03-02 12:30:00+00'),
       (1, 'm2', 4, 1, 'sms', 'outbound', 'workflow', '2026-03-10 12:05:00+00'),
       (1, 'm3', 4, 1, 'email', 'outbound', 'app', '2026-03-10 13:30:00+00'),
       (1, 'm4', 5, null, 'sms', 'inbound', null, '2026-03-20 10:00:00+00'),
       (1, 'm5', 5, 2, 'sms', 'outbound', 'app', '2026-03-21 12:00:00+00'),
       (1, 'm6', 5, null, 'sms', 'inbound', null, '2026-03-22 10:00:00+00'),
       (1, 'm7', 5, 2, 'sms', 'outbound', 'app', '2026-03-22 11:00:00+00');
insert into appointments (location_id, source_id, contact_id, assigned_user_id, status, start_at, created_at)
values (1, 'a1', 3, 1, 'showed', '2026-03-12 15:00:00+00', '2026-03-03 15:00:00+00'),
       (1, 'a2', 4, 1, 'cancelled', '2026-03-14 15:00:00+00', '2026-03-10 15:00:00+00');

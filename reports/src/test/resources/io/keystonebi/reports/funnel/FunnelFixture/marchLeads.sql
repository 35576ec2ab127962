-- A New York brokerage whose leads of March 2026 (the period) go through the funnel, with leads of February (the
-- compared period) and of the year before (the norm). Times are UTC: New York is UTC-5 until 8 March 2026, UTC-4
-- from then on. The expectations in the tests are worked out by hand from this file; the lead numbers L1..L12 are
-- the contact ids.
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-ny', 'Hudson Homes', 'America/New_York');
insert into users (id, location_id, source_id, name) overriding system value
values (1, 1, 'u-ann', 'Ann Agent'), (2, 1, 'u-bob', 'Bob Broker');
insert into pipelines (id, location_id, source_id, name) overriding system value values (1, 1, 'p-sales', 'Sales');
-- "Contacted" is mapped by the configured names although its own funnel_stage says qualified (names win);
-- "Showing" only by its own funnel_stage; "Offer" by the configured Proposal names.
insert into pipeline_stages (id, pipeline_id, source_id, name, position, funnel_stage) overriding system value
values (1, 1, 's-new', 'New', 1, 'lead'), (2, 1, 's-contacted', 'Contacted', 2, 'qualified'),
       (3, 1, 's-showing', 'Showing', 3, 'qualified'), (4, 1, 's-offer', 'Offer', 4, null),
       (5, 1, 's-won', 'Won', 5, 'closed'), (6, 1, 's-lost', 'Lost', 6, 'closed');
insert into contacts (id, location_id, source_id, type, source, assigned_user_id, created_at, tags, deleted_at)
overriding system value
values (1, 1, 'L1', 'lead', 'zillow', 1, '2026-03-02 14:00+00', '{}', null),
       (2, 1, 'L2', 'lead', 'zillow', 1, '2026-03-03 14:00+00', '{}', null),
       (3, 1, 'L3', 'lead', 'referral', 2, '2026-03-10 14:00+00', '{}', null),
       (4, 1, 'L4', 'lead', 'referral', 2, '2026-03-16 14:00+00', '{}', null),
       (5, 1, 'L5', 'lead', null, null, '2026-03-20 14:00+00', '{}', null),
       (6, 1, 'L6', 'lead', 'zillow', 1, '2026-03-25 14:00+00', '{Spring-Promo}', null),
       (7, 1, 'L7', 'lead', 'referral', 2, '2026-03-04 14:00+00', '{}', null),
       (8, 1, 'L8', 'lead', 'zillow', 1, '2026-02-10 15:00+00', '{}', null),
       (9, 1, 'L9', 'lead', 'referral', 2, '2026-02-15 15:00+00', '{}', null),
       (10, 1, 'L10', 'lead', 'zillow', 1, '2025-06-10 15:00+00', '{}', null),
       (11, 1, 'L11', 'lead', 'referral', 2, '2025-09-10 15:00+00', '{}', null),
       (12, 1, 'L12', 'lead', 'zillow', 1, '2025-11-10 15:00+00', '{}', null),
       (20, 1, 'C20', 'customer', 'zillow', 1, '2026-03-05 15:00+00', '{}', null),
       (21, 1, 'L21', 'lead', 'zillow', 1, '2026-03-06 15:00+00', '{}', '2026-03-07 15:00+00');
insert into opportunities (id, location_id, source_id, contact_id, pipeline_id, stage_id, assigned_user_id, status,
                           monetary_value, created_at, won_at, lost_at, last_stage_change_at, deleted_at)
overriding system value
values (1, 1, 'O1', 1, 1, 5, 1, 'won', 500000, '2026-03-03 15:00+00', '2026-03-20 15:00+00', null, '2026-03-20 15:00+00', null),
       (2, 1, 'O2', 2, 1, 6, 1, 'lost', 300000, '2026-03-06 14:00+00', null, '2026-03-12 14:00+00', '2026-03-12 14:00+00', null),
       (5, 1, 'O5', 5, 1, 4, 2, 'open', 250000, '2026-03-25 14:00+00', null, null, '2026-03-25 14:00+00', null),
       (6, 1, 'O6', 6, 1, 5, 1, 'won', 400000, '2026-03-26 14:00+00', '2026-04-05 14:00+00', null, '2026-04-05 14:00+00', null),
       (7, 1, 'O7', 7, 1, 2, 2, 'open', 200000, '2026-03-05 15:00+00', null, null, '2026-03-05 15:00+00', null),
       (8, 1, 'O8', 8, 1, 5, 1, 'won', 350000, '2026-02-15 15:00+00', '2026-02-20 15:00+00', null, '2026-02-20 15:00+00', null),
       (10, 1, 'O10', 10, 1, 2, 1, 'open', 150000, '2025-06-11 15:00+00', null, null, '2025-06-11 15:00+00', null),
       (11, 1, 'O11', 11, 1, 6, 2, 'lost', 100000, '2025-09-12 15:00+00', null, '2025-09-20 15:00+00', '2025-09-20 15:00+00', null),
       (12, 1, 'O12', 12, 1, 5, 1, 'won', 450000, '2025-11-12 15:00+00', '2025-11-20 15:00+00', null, '2025-11-20 15:00+00', null),
       (13, 1, 'O13', 20, 1, 1, 1, 'open', 90000, null, null, null, null, null),
       (14, 1, 'O14', 4, 1, 1, 2, 'open', 80000, '2026-03-17 14:00+00', null, null, '2026-03-17 14:00+00', '2026-03-18 14:00+00'),
       -- Created at New York's midnight starting 24 March (7 days before the period's last day) and a minute before.
       (15, 1, 'O15', 20, 1, 1, 2, 'open', 70000, '2026-03-24 04:00+00', null, null, null, null),
       (16, 1, 'O16', 20, 1, 1, 2, 'open', 60000, '2026-03-24 03:59+00', null, null, null, null);
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
values (1, 1, '2026-03-03 15:00+00'), (1, 3, '2026-03-05 15:00+00'), (1, 4, '2026-03-09 15:00+00'),
       (1, 5, '2026-03-20 15:00+00'),
       (2, 2, '2026-03-06 14:00+00'), (2, 3, '2026-03-10 14:00+00'), (2, 6, '2026-03-12 14:00+00'),
       (5, 4, '2026-03-25 14:00+00'),
       (6, 1, '2026-03-26 14:00+00'), (6, 5, '2026-04-05 14:00+00'),
       (7, 2, '2026-03-05 15:00+00'),
       (8, 4, '2026-02-15 15:00+00'), (8, 5, '2026-02-20 15:00+00'),
       (10, 2, '2025-06-11 15:00+00'),
       (11, 3, '2025-09-12 15:00+00'), (11, 6, '2025-09-20 15:00+00'),
       (12, 4, '2025-11-12 15:00+00'), (12, 5, '2025-11-20 15:00+00'),
       (14, 1, '2026-03-17 14:00+00');
-- L1 is texted by Ann two hours after it came in (contacted in time); L2's GHL activity entry, L4's inbound text and
-- workflow text are not a person contacting them.
insert into messages (location_id, source_id, contact_id, user_id, channel, message_type, direction, origin, created_at)
values (1, 'm1', 1, 1, 'sms', 'TYPE_SMS', 'outbound', 'app', '2026-03-02 16:00+00'),
       (1, 'm2', 2, null, 'activity_opportunity', 'TYPE_ACTIVITY_OPPORTUNITY', null, null, '2026-03-07 15:00+00'),
       (1, 'm3', 4, null, 'sms', 'TYPE_SMS', 'outbound', 'workflow', '2026-03-16 14:05+00'),
       (1, 'm4', 4, null, 'sms', 'TYPE_SMS', 'inbound', null, '2026-03-16 15:00+00');
-- L3 books an appointment six hours after it came in (contacted in time).
insert into appointments (location_id, source_id, contact_id, assigned_user_id, status, start_at, created_at)
values (1, 'a1', 3, 2, 'confirmed', '2026-03-12 18:00+00', '2026-03-10 20:00+00');
insert into notes (location_id, source_id, contact_id, user_id, created_at)
values (1, 'n1', 20, 1, '2026-03-17 13:30+00');
insert into tasks (location_id, source_id, contact_id, assigned_user_id, completed, completed_at, created_at)
values (1, 't1', 20, 1, true, '2026-03-19 18:00+00', '2026-03-18 14:00+00');

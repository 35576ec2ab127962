-- Hand-made dashboard fixture. The tests fix "now" at 2026-03-20T18:00:00Z (12:00 in Denver, so today is
-- 2026-03-20). Front Range Realty counts in America/Denver (UTC-7 until DST starts on 2026-03-08, then UTC-6)
-- and types its contacts; Harbour Homes counts in Europe/London (UTC in February and March before the 29th)
-- and uses no contact types. Rows sit on both sides of local midnights that differ from UTC midnights.
truncate locations, users, contacts, opportunities, agent_targets, ghl_sync_status restart identity cascade;

insert into locations (id, source_id, name, timezone, currency, loaded_at) overriding system value values
    (1, 'loc-denver', 'Front Range Realty', 'America/Denver', 'USD', '2026-03-20T17:00:00Z'),
    (2, 'loc-london', 'Harbour Homes', 'Europe/London', 'USD', '2026-03-20T09:00:00Z');

insert into users (id, location_id, source_id, name, is_agent, loaded_at) overriding system value values
    (1, 1, 'u-alice', 'Alice Moreno', true, '2026-03-20T17:00:00Z'),
    (2, 1, 'u-ben', 'Ben Okafor', true, '2026-03-20T17:00:00Z'),
    (3, 1, 'u-carla', 'Carla Singh', true, '2026-03-20T17:00:00Z'),
    (4, 1, 'u-dan', 'Dan Whitfield', true, '2026-03-20T17:00:00Z'),
    (5, 1, 'u-office', 'Office Admin', false, '2026-03-20T17:00:00Z'),
    (6, 2, 'u-emma', 'Emma Hale', true, '2026-03-20T09:00:00Z'),
    (7, 2, 'u-finn', 'Finn Cole', true, '2026-03-20T09:00:00Z');

insert into contacts (id, location_id, source_id, name, type, created_at, loaded_at, source_updated_at, deleted_at)
overriding system value values
    (1, 1, 'c1', 'Lead Feb 28 23:59:59 local', 'lead', '2026-03-01T06:59:59Z', '2026-03-20T17:00:00Z', null, null),
    (2, 1, 'c2', 'Lead Mar 1 00:00 local', 'lead', '2026-03-01T07:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (3, 1, 'c3', 'Lead Mar 5', 'lead', '2026-03-05T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (4, 1, 'c4', 'Customer Mar 6', 'customer', '2026-03-06T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (5, 1, 'c5', 'Lead Mar 10', 'lead', '2026-03-10T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (6, 1, 'c6', 'Lead Mar 15 23:59:59 local', 'lead', '2026-03-16T05:59:59Z', '2026-03-20T17:00:00Z', null, null),
    (7, 1, 'c7', 'Lead Mar 16 00:00 local', 'lead', '2026-03-16T06:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (8, 1, 'c8', 'Lead Feb 20', 'lead', '2026-02-20T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (9, 1, 'c9', 'Lead Feb 25', 'lead', '2026-02-25T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (10, 1, 'c10', 'Deleted lead Mar 3', 'lead', '2026-03-03T15:00:00Z', '2026-03-20T17:00:00Z', null, '2026-03-04T00:00:00Z'),
    (11, 1, 'c11', 'Lead Mar 19', 'lead', '2026-03-19T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (12, 1, 'c12', 'Lead last year', 'lead', '2025-03-05T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (13, 1, 'c13', 'Lead Jan 20', 'lead', '2026-01-20T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (20, 2, 'c20', 'Contact Mar 1 00:00 London', null, '2026-03-01T00:00:00Z', '2026-03-20T09:00:00Z', null, null),
    (21, 2, 'c21', 'Contact Feb 28 23:59:59 London', null, '2026-02-28T23:59:59Z', '2026-03-20T09:00:00Z', null, null),
    (22, 2, 'c22', 'Contact Mar 12', null, '2026-03-12T10:00:00Z', '2026-03-20T09:00:00Z', null, null),
    (23, 2, 'c23', 'Contact Mar 18', null, '2026-03-18T10:00:00Z', '2026-03-20T08:00:00Z', '2026-03-20T08:30:00Z', null);

insert into opportunities (id, location_id, source_id, name, contact_id, assigned_user_id, status, monetary_value,
                           created_at, won_at, lost_at, loaded_at, source_updated_at, deleted_at)
overriding system value values
    (1, 1, 'o1', 'Won Mar 1 00:00 local', 2, 1, 'won', 100000.00, '2026-02-01T15:00:00Z', '2026-03-01T07:00:00Z', null, '2026-03-20T17:00:00Z', '2026-03-20T17:30:00Z', null),
    (2, 1, 'o2', 'Won Feb 28 23:59:59 local', 8, 2, 'won', 50000.00, '2026-02-20T16:00:00Z', '2026-03-01T06:59:59Z', null, '2026-03-20T17:00:00Z', null, null),
    (3, 1, 'o3', 'Won Mar 15 23:59:59 local', 5, 3, 'won', 75000.00, '2026-01-05T15:00:00Z', '2026-03-16T05:59:59Z', null, '2026-03-20T17:00:00Z', null, null),
    (4, 1, 'o4', 'Won Mar 16 00:00 local', 3, 1, 'won', 40000.00, '2026-01-05T15:00:00Z', '2026-03-16T06:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (5, 1, 'o5', 'Won Feb 16', 9, 4, 'won', 60000.00, '2026-01-05T15:00:00Z', '2026-02-16T18:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (6, 1, 'o6', 'Deleted won Mar 5', null, 2, 'won', 25000.00, '2026-01-05T15:00:00Z', '2026-03-05T18:00:00Z', null, '2026-03-20T17:00:00Z', null, '2026-03-06T00:00:00Z'),
    (7, 1, 'o7', 'Won Mar 7 without value', null, 2, 'won', null, '2026-01-05T15:00:00Z', '2026-03-07T18:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (8, 1, 'o8', 'Lost Mar 10', null, 2, 'lost', 80000.00, '2026-02-10T15:00:00Z', null, '2026-03-10T15:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (9, 1, 'o9', 'Open since Feb 5', null, 3, 'open', 120000.00, '2026-02-05T15:00:00Z', null, null, '2026-03-20T17:00:00Z', null, null),
    (10, 1, 'o10', 'Open prospect without creation date', null, 3, 'open', 90000.00, null, null, null, '2026-03-20T17:00:00Z', null, null),
    (11, 1, 'o11', 'Open since Mar 16 00:00 local', null, 1, 'open', 70000.00, '2026-03-16T06:00:00Z', null, null, '2026-03-20T17:00:00Z', null, null),
    (12, 1, 'o12', 'Open since Mar 18', null, 4, 'open', 30000.00, '2026-03-18T15:00:00Z', null, null, '2026-03-20T17:00:00Z', null, null),
    (13, 1, 'o13', 'Abandoned Feb 20', null, 4, 'abandoned', 45000.00, '2026-01-10T15:00:00Z', null, '2026-02-20T12:00:00Z', '2026-03-20T17:00:00Z', null, null),
    (14, 1, 'o14', 'Abandoned without date', null, 4, 'abandoned', 35000.00, '2026-01-10T15:00:00Z', null, null, '2026-03-20T17:00:00Z', null, null),
    (15, 1, 'o15', 'Won Mar 19', 11, 4, 'won', 55000.00, '2026-03-12T15:00:00Z', '2026-03-19T20:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (16, 1, 'o16', 'Won last year', 12, 3, 'won', 20000.00, '2025-03-06T15:00:00Z', '2025-03-10T18:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (17, 1, 'o17', 'Won Jan 25', 13, 1, 'won', 65000.00, '2026-01-21T15:00:00Z', '2026-01-25T18:00:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (18, 1, 'o18', 'Won Dec 31 23:30 local', null, 2, 'won', 15000.00, '2025-12-01T15:00:00Z', '2026-01-01T06:30:00Z', null, '2026-03-20T17:00:00Z', null, null),
    (30, 2, 'o30', 'Won Mar 1 00:30 London', 20, 6, 'won', 30000.00, '2026-02-01T10:00:00Z', '2026-03-01T00:30:00Z', null, '2026-03-20T09:00:00Z', null, null),
    (31, 2, 'o31', 'Won Feb 28 23:30 London', 21, 7, 'won', 12000.00, '2026-02-01T10:00:00Z', '2026-02-28T23:30:00Z', null, '2026-03-20T09:00:00Z', null, null),
    (32, 2, 'o32', 'Open since Feb 15', null, 7, 'open', 50000.00, '2026-02-15T10:00:00Z', null, null, '2026-03-20T09:00:00Z', null, null),
    (33, 2, 'o33', 'Won Mar 14', 22, 7, 'won', 18000.00, '2026-02-01T10:00:00Z', '2026-03-14T12:00:00Z', null, '2026-03-20T09:00:00Z', null, null),
    (34, 2, 'o34', 'Won Mar 15 23:59:59 London', null, 6, 'won', 9000.00, '2026-02-01T10:00:00Z', '2026-03-15T23:59:59Z', null, '2026-03-20T09:00:00Z', null, null),
    (35, 2, 'o35', 'Won Mar 16 00:00 London', null, 6, 'won', 16000.00, '2026-02-01T10:00:00Z', '2026-03-16T00:00:00Z', null, '2026-03-20T09:00:00Z', null, null);

insert into agent_targets (user_id, month, revenue_target) values
    (1, '2026-01-01', 60000.00),
    (1, '2026-02-01', 60000.00),
    (1, '2026-03-01', 62000.00),
    (2, '2026-02-01', 40000.00),
    (2, '2026-03-01', 31000.00),
    (3, '2026-03-01', 31000.00),
    (6, '2026-03-01', 15500.00);

-- Front Range Realty's last GHL incremental sync ended 12 minutes before "now"; it has no connection, so no
-- scheduled sync touches the row.
insert into ghl_sync_status (location_source_id, last_full_finished_at, last_incremental_finished_at, last_run_kind,
                             last_run_status, last_run_started_at, last_run_ended_at) values
    ('loc-denver', '2026-03-20T09:00:00Z', '2026-03-20T17:48:00Z', 'incremental', 'COMPLETED',
     '2026-03-20T17:47:00Z', '2026-03-20T17:48:00Z');

-- Pipeline, stage history, property types, messages and appointments for the further cards and the pipeline
-- health (worked by hand in SummaryCardsIntegrationTests). Front Range Realty's "Sales" pipeline: Prospecting
-- (learned 1 won of 2 closed: o2, o13), Engaging (configured 0.5), Won, Lost. Harbour Homes has no pipeline.
insert into pipelines (id, location_id, source_id, name) overriding system value values (1, 1, 'p-sales', 'Sales');
insert into pipeline_stages (id, pipeline_id, source_id, name, position, win_probability) overriding system value values
    (1, 1, 's-prospecting', 'Prospecting', 1, null),
    (2, 1, 's-engaging', 'Engaging', 2, 0.5),
    (3, 1, 's-won', 'Won', 3, null),
    (4, 1, 's-lost', 'Lost', 4, null);
insert into property_types (id, location_id, name, commission_rate) overriding system value values
    (1, 1, 'Condo', 0.025);
update opportunities set pipeline_id = 1 where location_id = 1;
update opportunities set stage_id = 3, last_stage_change_at = won_at where id in (1, 2, 3, 15);
update opportunities set stage_id = 4, last_stage_change_at = lost_at where id = 8;
update opportunities set stage_id = 2, last_stage_change_at = '2026-03-10T15:00:00Z' where id = 9;
update opportunities set stage_id = 1, last_stage_change_at = '2026-01-05T15:00:00Z' where id = 10;
update opportunities set stage_id = 1 where id in (11, 13);
update opportunities set property_type_id = 1 where id = 1;
update opportunities set contact_id = 22 where id = 32;
update opportunities set last_status_change_at = coalesce(won_at, lost_at);
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at) values
    (1, 2, '2026-02-10T15:00:00Z'), (1, 3, '2026-03-01T07:00:00Z'),
    (2, 1, '2026-02-20T16:00:00Z'), (2, 3, '2026-03-01T06:59:59Z'),
    (3, 2, '2026-02-01T15:00:00Z'), (3, 3, '2026-03-16T05:59:59Z'),
    (8, 2, '2026-02-15T15:00:00Z'), (8, 4, '2026-03-10T15:00:00Z'),
    (9, 1, '2026-02-05T15:00:00Z'), (9, 2, '2026-03-10T15:00:00Z'),
    (11, 1, '2026-03-16T06:00:00Z'),
    (13, 1, '2026-01-10T15:00:00Z');

-- First replies: only outbound messages by a person count (origin 'app', or a user without an origin).
insert into messages (location_id, source_id, contact_id, user_id, direction, origin, message_type, created_at) values
    (1, 'm1', 2, null, 'outbound', 'workflow', 'TYPE_SMS', '2026-03-01T07:01:00Z'),
    (1, 'm2', 2, 1, 'outbound', 'app', 'TYPE_SMS', '2026-03-01T07:30:00Z'),
    (1, 'm3', 3, null, 'inbound', null, 'TYPE_SMS', '2026-03-05T15:10:00Z'),
    (1, 'm4', 3, 1, 'outbound', null, 'TYPE_CALL', '2026-03-05T16:30:00Z'),
    (1, 'm5', 5, 2, 'outbound', 'app', 'TYPE_EMAIL', '2026-03-10T15:10:00Z'),
    (1, 'm6', 5, 2, 'outbound', 'app', 'TYPE_SMS', '2026-03-10T18:00:00Z'),
    (2, 'm7', 20, 6, 'outbound', 'app', 'TYPE_ACTIVITY_OPPORTUNITY', '2026-03-01T00:05:00Z'),
    (2, 'm8', 20, 6, 'outbound', 'app', 'TYPE_SMS', '2026-03-01T02:00:00Z'),
    (1, 'm9', 8, 2, 'outbound', 'app', 'TYPE_SMS', '2026-02-20T17:00:00Z'),
    (1, 'm10', 9, 4, 'outbound', 'app', 'TYPE_SMS', '2026-02-25T15:40:00Z');

insert into appointments (location_id, source_id, contact_id, assigned_user_id, status, created_at, start_at, deleted_at)
values
    (1, 'a1', 3, 1, 'showed', '2026-03-02T15:00:00Z', '2026-03-04T16:00:00Z', null),
    (1, 'a2', 5, 2, 'noshow', '2026-03-05T15:00:00Z', '2026-03-08T16:00:00Z', null),
    (1, 'a3', 2, 3, 'confirmed', '2026-03-10T15:00:00Z', '2026-03-20T16:00:00Z', null),
    (2, 'a4', 22, 7, 'showed', '2026-03-12T11:00:00Z', '2026-03-13T10:00:00Z', null),
    (1, 'a5', 8, 2, 'showed', '2026-02-20T15:00:00Z', '2026-03-02T16:00:00Z', null),
    (1, 'a6', 9, 4, 'noshow', '2026-02-25T15:00:00Z', '2026-02-27T16:00:00Z', null),
    (1, 'a7', 3, 1, 'showed', '2026-03-03T15:00:00Z', '2026-03-04T16:00:00Z', '2026-03-05T00:00:00Z');

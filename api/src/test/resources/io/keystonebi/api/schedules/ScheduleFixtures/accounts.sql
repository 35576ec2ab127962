-- Schedule Realty (New York): Team Sched holds agent Ann (user 9001). Accounts: Erin, executive, and Dana, manager
-- of Team Sched, both with an e-mail. Erin saved two definitions: one private, one shared. Ids far above those the
-- tests' own accounts get, and nothing is added twice when another class of the same context loads it again.
insert into locations (id, source_id, name, timezone) overriding system value
values (9001, 'loc-sched', 'Schedule Realty', 'America/New_York') on conflict do nothing;
insert into teams (id, location_id, name) overriding system value values (9001, 9001, 'Team Sched') on conflict do nothing;
insert into users (id, location_id, source_id, name, team_id, is_agent) overriding system value
values (9001, 9001, 'u-sched-ann', 'Ann Sched', 9001, true) on conflict do nothing;
insert into accounts (id, username, display_name, password_hash, role, warehouse_user_id, team_id, active, email)
overriding system value
values (9001, 'sched-erin', 'Erin Sched', '{noop}x', 'executive', null, null, true, 'erin@sched.test'),
       (9002, 'sched-dana', 'Dana Sched', '{noop}x', 'manager', null, 9001, true, 'dana@sched.test')
on conflict do nothing;
insert into report_definitions (id, owner_account_id, title, definition, shared) overriding system value
values (9001, 9001, 'Erin private', '{"title": "Erin private", "range": "last_month", "blocks": [{"title": "Revenue",
            "metrics": ["revenue"], "dimension": null, "view": "kpi"}]}', false),
       (9002, 9001, 'Erin shared', '{"title": "Erin shared", "range": "last_week", "blocks": [{"title": "Revenue",
            "metrics": ["revenue"], "dimension": null, "view": "kpi"}]}', true)
on conflict do nothing;

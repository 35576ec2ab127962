-- Harbor Homes (New York): Team East holds Ann (user 1) and Bob (user 2); Cat (user 3) has no team.
-- Accounts: Erin, executive; Dana, manager of Team East; Ann, agent; Bob, agent but inactive; Vic, viewer;
-- Cat, agent without an e-mail address.
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-harbor', 'Harbor Homes', 'America/New_York');
insert into teams (id, location_id, name) overriding system value values (1, 1, 'Team East');
insert into users (id, location_id, source_id, name, team_id, is_agent) overriding system value
values (1, 1, 'u-ann', 'Ann Agent', 1, true),
       (2, 1, 'u-bob', 'Bob Broker', 1, true),
       (3, 1, 'u-cat', 'Cat Closer', null, true);
insert into accounts (id, username, display_name, password_hash, role, warehouse_user_id, team_id, active, email)
overriding system value
values (1, 'erin', 'Erin Exec', '{noop}x', 'executive', null, null, true, 'erin@harbor.test'),
       (2, 'dana', 'Dana Lee', '{noop}x', 'manager', null, 1, true, 'dana@harbor.test'),
       (3, 'ann', 'Ann Agent', '{noop}x', 'agent', 1, null, true, 'ann@harbor.test'),
       (4, 'bob', 'Bob Broker', '{noop}x', 'agent', 2, null, false, 'bob@harbor.test'),
       (5, 'vic', 'Vic Viewer', '{noop}x', 'viewer', null, null, true, 'vic@harbor.test'),
       (6, 'cat', 'Cat Closer', '{noop}x', 'agent', 3, null, true, null);
insert into report_definitions (id, owner_account_id, title, definition) overriding system value
values (1, 1, 'Team review', '{"title": "Team review", "range": "last_month", "blocks": [{"title": "Revenue",
            "metrics": ["revenue"], "dimension": null, "view": "kpi"}]}'),
       (2, 1, 'Daily pulse', '{"title": "Daily pulse", "range": "yesterday", "blocks": [{"title": "Revenue",
            "metrics": ["revenue"], "dimension": null, "view": "kpi"}]}');

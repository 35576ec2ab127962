-- Readers of Harbor Homes' March review: Erin (executive), Dana (manager of Team East: Ann and Bob), Cat (agent,
-- user 3) and Vic (viewer). The definition: headline revenue, deals won and GCI, then revenue by agent.
insert into accounts (id, username, display_name, password_hash, role, warehouse_user_id, team_id, active, email)
overriding system value
values (1, 'erin', 'Erin Exec', '{noop}x', 'executive', null, null, true, 'erin@harbor.test'),
       (2, 'dana', 'Dana Lee', '{noop}x', 'manager', null, 1, true, 'dana@harbor.test'),
       (3, 'cat', 'Cat Closer', '{noop}x', 'agent', 3, null, true, 'cat@harbor.test'),
       (4, 'vic', 'Vic Viewer', '{noop}x', 'viewer', null, null, true, 'vic@harbor.test');
insert into report_definitions (id, owner_account_id, title, definition) overriding system value
values (1, 1, 'March review', '{"title": "March review", "range": "last_month", "blocks": [
  {"title": "Headline", "metrics": ["revenue", "deals_won", "gci"], "view": "kpi"},
  {"title": "Revenue by agent", "metrics": ["revenue", "deals_won"], "dimension": "agent", "view": "table"}]}');

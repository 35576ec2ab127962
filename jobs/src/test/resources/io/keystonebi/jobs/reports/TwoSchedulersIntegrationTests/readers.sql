-- One brokerage with a won deal, and 30 executives with an e-mail address who all read the same schedule.
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-harbor', 'Harbor Homes', 'America/New_York');
insert into users (id, location_id, source_id, name, is_agent) overriding system value
values (1, 1, 'u-ann', 'Ann Agent', true);
insert into opportunities (location_id, source_id, assigned_user_id, status, monetary_value, created_at, won_at)
values (1, 'o1', 1, 'won', 250000, now() - interval '40 days', now() - interval '3 days');
insert into accounts (username, display_name, password_hash, role, email)
select 'exec' || g, 'Executive ' || g, '{noop}x', 'executive', 'exec' || g || '@harbor.test'
from generate_series(1, 30) g;
insert into report_definitions (owner_account_id, title, definition)
select min(id), 'Weekly pulse', '{"title": "Weekly pulse", "range": "last_7_days", "blocks": [
  {"title": "Headline", "metrics": ["revenue", "deals_won"], "view": "kpi"}]}'
from accounts;

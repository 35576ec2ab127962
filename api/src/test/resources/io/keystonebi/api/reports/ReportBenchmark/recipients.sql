-- The benchmark's readers: the 35 agents in 5 teams of 7, and 500 accounts with an e-mail address, each reading
-- their own scope: every 20th an executive, the next a viewer, the two after managers of a team, the rest agents
-- (so each agent's book is read by about 13 accounts).
insert into teams (location_id, name)
select l.id, 'Team ' || t from locations l, generate_series(1, 5) t where l.source_id = 'bench-location';

update users u
set team_id = (select t.id from teams t order by t.id offset ((u.id - (select min(id) from users)) % 5) limit 1)
where u.is_agent;

insert into accounts (username, display_name, password_hash, role, warehouse_user_id, team_id, email)
select 'reader' || g,
       'Reader ' || g,
       '{noop}not-for-sign-in',
       case when g % 20 = 0 then 'executive' when g % 20 = 1 then 'viewer'
            when g % 20 in (2, 3) then 'manager' else 'agent' end,
       case when g % 20 > 3 then (select min(id) from users) + (g % 35) end,
       case when g % 20 in (2, 3) then (select min(id) from teams) + (g % 5) end,
       'reader' || g || '@bench.example.com'
from generate_series(1, 500) g;

-- Team East of Front Range Realty: Alice (user 1) and Ben (user 2). Carla, Dan and the London agents are in no team.
insert into teams (id, location_id, name) overriding system value values (1, 1, 'East');
update users set team_id = 1 where id in (1, 2);

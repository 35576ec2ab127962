-- On top of the dashboard fixture: two Denver teams, North (Alice, Ben) led by the matrix's manager and West
-- (Carla, Dan), with leads and deals assigned across both, so every kind of scoped object exists inside and
-- outside the manager's and the agent's (Alice's) scope.
insert into teams (id, location_id, name) overriding system value values (10, 1, 'North'), (20, 1, 'West');
update users set team_id = 10 where id in (1, 2);
update users set team_id = 20 where id in (3, 4);
update contacts set assigned_user_id = 1 where id in (2, 3);
update contacts set assigned_user_id = 2 where id = 5;
update contacts set assigned_user_id = 3 where id in (6, 22);

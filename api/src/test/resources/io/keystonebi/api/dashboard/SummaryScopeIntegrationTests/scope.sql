-- A team of two Denver agents, and leads assigned across it and outside it.
insert into teams (id, location_id, name) overriding system value values (10, 1, 'North');
update users set team_id = 10 where id in (1, 2);
update contacts set assigned_user_id = 1 where id in (2, 3);
update contacts set assigned_user_id = 2 where id = 5;
update contacts set assigned_user_id = 3 where id in (6, 22);

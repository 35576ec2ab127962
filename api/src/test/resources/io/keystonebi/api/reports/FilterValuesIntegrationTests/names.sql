-- On top of the dashboard fixture and team East (Alice, Ben): offices Central (team East's) and West (Carla's
-- own), team North (Carla), lead sources on a contact of Alice's, one of Carla's and a deal of Carla's, and postal
-- codes on a contact of Alice's and one of Carla's.
insert into offices (id, location_id, name) overriding system value values (1, 1, 'Central'), (2, 1, 'West');
update teams set office_id = 1 where id = 1;
insert into teams (id, location_id, name) overriding system value values (2, 1, 'North');
update users set team_id = 2, office_id = 2 where id = 3;
update contacts set assigned_user_id = 1, source = 'Zillow', postal_code = '80202' where id = 2;
update contacts set assigned_user_id = 3, source = 'Referral', postal_code = '80301' where id = 3;
update opportunities set source = 'Open house' where id = 9;

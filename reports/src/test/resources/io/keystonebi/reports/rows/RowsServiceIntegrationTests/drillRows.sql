-- A New York brokerage (EST, five hours behind UTC; no daylight saving time in January or February) with three
-- agents in two teams, leads and deals around local midnights of January to March 2026, and a few market
-- sales. Times are UTC. The expectations in RowsServiceIntegrationTests are worked out from this by hand.
insert into locations (id, source_id, name, timezone) overriding system value
values (1, 'loc-ny', 'Hudson Homes', 'America/New_York');
insert into teams (id, location_id, name) overriding system value
values (1, 1, 'North'), (2, 1, 'South');
insert into users (id, location_id, source_id, name, team_id) overriding system value
values (1, 1, 'u-ann', 'Ann Agent', 1), (2, 1, 'u-bob', 'Bob Broker', 2), (3, 1, 'u-cid', 'Cid Closer', 1);
insert into property_types (id, location_id, name) overriding system value
values (1, 1, 'Condo'), (2, 1, 'House');
insert into pipelines (id, location_id, source_id, name) overriding system value values (1, 1, 'p1', 'Sales');
insert into pipeline_stages (id, pipeline_id, source_id, name, position, funnel_stage) overriding system value
values (1, 1, 's1', 'New', 1, 'lead'), (2, 1, 's2', 'Qualified', 2, 'qualified'),
       (3, 1, 's3', 'Offer', 3, 'proposal'), (4, 1, 's4', 'Closed', 4, 'closed');
-- c2 is created at 23:30 local on Monday 2 February (Tuesday in UTC); c6 at 23:59 local on Saturday 28 February
-- (Sunday 1 March in UTC). c5 is a customer, not a lead; c7 is deleted.
insert into contacts (id, location_id, source_id, name, type, source, assigned_user_id, created_at, deleted_at)
overriding system value
values (1, 1, 'c1', 'Alice Lead', 'lead', 'zillow', 1, '2026-02-02 14:00:00+00', null),
       (2, 1, 'c2', 'Ben Lead', 'lead', 'referral', 2, '2026-02-03 04:30:00+00', null),
       (3, 1, 'c3', 'Carla Lead', 'lead', null, 3, '2026-02-10 15:00:00+00', null),
       (4, 1, 'c4', 'Dan Lead', 'lead', 'zillow', 1, '2026-01-15 17:00:00+00', null),
       (5, 1, 'c5', 'Eve Customer', 'customer', 'zillow', 1, '2026-02-05 15:00:00+00', null),
       (6, 1, 'c6', 'Fay Lead', 'lead', 'zillow', 2, '2026-03-01 04:59:00+00', null),
       (7, 1, 'c7', 'Gus Gone', 'lead', 'zillow', 1, '2026-02-04 15:00:00+00', '2026-02-05 00:00:00+00');
-- o4 is won at 22:00 local on 28 February (1 March in UTC). o5 is abandoned; o6 is created in March; o7 is deleted.
insert into opportunities (id, location_id, source_id, name, contact_id, pipeline_id, stage_id, assigned_user_id,
                           status, monetary_value, source, property_type_id, created_at, won_at, lost_at, deleted_at)
overriding system value
values (1, 1, 'o1', 'Alice condo', 1, 1, 4, 1, 'won', 300000, 'zillow', 1, '2026-02-02 15:00:00+00',
        '2026-02-20 15:00:00+00', null, null),
       (2, 1, 'o2', 'Ben house', 2, 1, 3, 2, 'open', 500000, 'referral', 2, '2026-02-04 14:00:00+00', null, null,
        null),
       (3, 1, 'o3', 'Carla condo', 3, 1, 2, 3, 'lost', 200000, null, 1, '2026-01-20 14:00:00+00', null,
        '2026-02-12 14:00:00+00', null),
       (4, 1, 'o4', 'Dan house', 4, 1, 4, 1, 'won', 400000, 'zillow', 2, '2026-01-16 14:00:00+00',
        '2026-03-01 03:00:00+00', null, null),
       (5, 1, 'o5', 'Alice second', 1, 1, 1, 1, 'abandoned', 100000, 'zillow', null, '2026-02-25 14:00:00+00', null,
        '2026-02-26 14:00:00+00', null),
       (6, 1, 'o6', 'Fay house', 6, 1, 2, 2, 'open', 250000, 'zillow', 2, '2026-03-02 14:00:00+00', null, null,
        null),
       (7, 1, 'o7', 'Gone deal', 1, 1, 1, 1, 'open', 50000, 'zillow', null, '2026-02-03 14:00:00+00', null, null,
        '2026-02-04 00:00:00+00');
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
values (1, 1, '2026-02-02 15:00:00+00'), (1, 2, '2026-02-05 15:00:00+00'), (1, 3, '2026-02-10 15:00:00+00'),
       (1, 4, '2026-02-20 15:00:00+00'),
       (2, 1, '2026-02-04 14:00:00+00'), (2, 2, '2026-02-06 14:00:00+00'), (2, 3, '2026-02-08 14:00:00+00'),
       (3, 1, '2026-01-20 14:00:00+00'), (3, 2, '2026-02-01 14:00:00+00'),
       (4, 1, '2026-01-16 14:00:00+00'), (4, 4, '2026-03-01 03:00:00+00'),
       (5, 1, '2026-02-25 14:00:00+00'),
       (6, 1, '2026-03-02 14:00:00+00'), (6, 2, '2026-03-03 14:00:00+00'),
       (7, 1, '2026-02-03 14:00:00+00');
-- Market sales: 2 February 2026 is a Monday, 14 February a Saturday.
insert into market_sales (source_id, sold_on, price, bedrooms, sqft_living, zipcode, latitude, longitude)
values ('m1', '2026-02-02', 500000, 3, 2000, '98101', 47.610000, -122.330000),
       ('m2', '2026-02-14', 600000, 5, 3000, '98101', 47.620000, -122.340000),
       ('m3', '2026-02-20', 300000, null, 0, '98102', 47.630000, -122.320000),
       ('m4', '2026-01-10', 400000, 2, 1000, '98102', 47.640000, -122.310000),
       ('m5', '2026-03-01', 700000, 6, 3500, '98101', 47.650000, -122.300000);

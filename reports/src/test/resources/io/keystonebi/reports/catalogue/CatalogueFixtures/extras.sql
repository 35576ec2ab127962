-- Added to Harbor Homes (see RevenueFixtures) for the catalogue's tests: March 2026 spend on two lead sources,
-- and public market sales: three in zipcode 98001 and one without a living area in 98002 in March 2026, one in
-- February 2026.
insert into lead_source_costs (location_id, source, month, cost)
values (1, 'zillow', '2026-03-01', 3000), (1, 'referral', '2026-03-01', 1000), (1, 'zillow', '2026-02-01', 2800);
insert into market_sales (source_id, sold_on, price, sqft_living, zipcode)
values ('cat-1', '2026-03-02', 100000, 1000, '98001'),
       ('cat-2', '2026-03-09', 300000, 1500, '98001'),
       ('cat-3', '2026-03-31', 500000, 2000, '98001'),
       ('cat-4', '2026-03-15', 200000, null, '98002'),
       ('cat-5', '2026-02-10', 400000, 2000, '98001');

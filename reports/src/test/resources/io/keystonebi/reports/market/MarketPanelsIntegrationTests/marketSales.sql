-- Public market sales in six zipcodes in the first quarter of 2026, two in the first quarter of 2025 and one in
-- July 2025, and two economic series. The expectations in MarketPanelsIntegrationTests are worked out from this by
-- hand. Sale 7 has no living area; sale 12 no number of bedrooms; sale 13 no position.
insert into market_sales (source_id, sold_on, price, bedrooms, sqft_living, zipcode, latitude, longitude)
values ('1', '2026-01-05', 100000, 2, 1000, '98001', 47.100000, -122.100000),
       ('2', '2026-01-20', 200000, 3, 1000, '98001', 47.300000, -122.300000),
       ('3', '2026-02-10', 300000, 3, 1500, '98001', 47.200000, -122.200000),
       ('4', '2026-03-15', 400000, 4, 2000, '98001', 47.200000, -122.200000),
       ('5', '2026-01-08', 500000, 5, 2500, '98002', 47.500000, -122.500000),
       ('6', '2026-02-03', 600000, 6, 2000, '98002', 47.600000, -122.600000),
       ('7', '2026-02-25', 700000, 3, null, '98002', 47.700000, -122.700000),
       ('8', '2026-01-12', 150000, 1, 500, '98003', 47.000000, -121.000000),
       ('9', '2026-03-03', 250000, 2, 1000, '98003', 47.200000, -121.200000),
       ('10', '2026-02-14', 800000, 4, 2000, '98004', 47.400000, -122.000000),
       ('11', '2026-02-28', 900000, 4, 3000, '98004', 47.400000, -122.000000),
       ('12', '2026-03-09', 350000, null, 1000, '98005', 47.800000, -122.900000),
       ('13', '2026-03-30', 450000, 3, 1500, '98005', null, null),
       ('14', '2026-01-31', 1000000, 5, 4000, '98006', 47.900000, -121.900000),
       ('15', '2025-01-10', 90000, 2, 900, '98001', 47.100000, -122.100000),
       ('16', '2025-03-10', 110000, 2, 1100, '98001', 47.100000, -122.100000),
       ('17', '2025-07-15', 120000, 3, 1200, '98001', 47.100000, -122.100000);
insert into economic_indicators (series, period_month, value, unit, source)
values ('30-year mortgage rate', '2025-12-01', 6.9, 'percent', 'FRED MORTGAGE30US'),
       ('30-year mortgage rate', '2026-01-01', 6.8, 'percent', 'FRED MORTGAGE30US'),
       ('30-year mortgage rate', '2026-02-01', 6.7, 'percent', 'FRED MORTGAGE30US'),
       ('Case-Shiller index', '2026-03-01', 310.5, 'index', 'S&P'),
       ('Case-Shiller index', '2026-04-01', 312.0, 'index', 'S&P');

-- Price per square foot of living area; sales without a living area have none and are left out of every figure.
with priced as (
    select zipcode, price / sqft_living as price_per_sqft
    from market_sales
    where sold_on >= :from and sold_on < :to and sqft_living > 0 and zipcode is not null
),
overall as (
    select round(percentile_cont(0.5) within group (order by price_per_sqft)::numeric, 2) as median
    from priced
)
select p.zipcode,
       round(percentile_cont(0.5) within group (order by p.price_per_sqft)::numeric, 2) as median_price_per_sqft,
       count(*) as sales,
       o.median as overall_median_price_per_sqft
from priced p, overall o
group by p.zipcode, o.median
order by sales desc, p.zipcode
limit :zipcodes

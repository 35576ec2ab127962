-- Price per square foot of living area; sales without a living area have none and are left out of every figure.
-- The medians work in double precision (percentile_cont's own type) and are rounded to cents at the end; only the
-- zipcodes shown get one of their own.
with priced as (
    select zipcode, price::double precision / sqft_living as price_per_sqft
    from market_sales
    where sold_on >= :from and sold_on < :to and sqft_living > 0 and zipcode is not null
),
top_zipcodes as (
    select zipcode, count(*) as sales
    from priced
    group by zipcode
    order by sales desc, zipcode
    limit :zipcodes
),
overall as (
    select round(percentile_cont(0.5) within group (order by price_per_sqft)::numeric, 2) as median
    from priced
)
select t.zipcode,
       round(percentile_cont(0.5) within group (order by p.price_per_sqft)::numeric, 2) as median_price_per_sqft,
       t.sales,
       o.median as overall_median_price_per_sqft
from top_zipcodes t
join priced p on p.zipcode = t.zipcode
cross join overall o
group by t.zipcode, t.sales, o.median
order by t.sales desc, t.zipcode

-- The zipcodes with the most sales in the period (ties by zipcode, so the choice is stable), then each one's
-- median price by month. percentile_cont works in double precision; rounding to cents brings it back to money.
with top_zipcodes as (
    select zipcode, row_number() over (order by count(*) desc, zipcode) as rank
    from market_sales
    where sold_on >= :from and sold_on < :to and zipcode is not null
    group by zipcode
    order by rank
    limit :zipcodes
)
select date_trunc('month', s.sold_on)::date as month,
       s.zipcode,
       t.rank,
       round(percentile_cont(0.5) within group (order by s.price)::numeric, 2) as median_price,
       count(*) as sales
from market_sales s
join top_zipcodes t on t.zipcode = s.zipcode
where s.sold_on >= :from and s.sold_on < :to
group by 1, s.zipcode, t.rank
order by month, t.rank

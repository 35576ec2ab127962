select date_trunc('month', sold_on)::date as month,
       round(percentile_cont(0.5) within group (order by price)::numeric, 2) as median_price
from market_sales
where sold_on >= :from and sold_on < :to
group by 1
order by 1

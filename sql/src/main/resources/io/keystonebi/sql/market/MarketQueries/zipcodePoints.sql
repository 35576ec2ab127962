-- One point per zipcode rather than one per sale: the map stays light whatever the number of sales.
select zipcode,
       round(avg(longitude), 6) as longitude,
       round(avg(latitude), 6) as latitude,
       round(percentile_cont(0.5) within group (order by price)::numeric, 2) as median_price
from market_sales
where sold_on >= :from and sold_on < :to
  and zipcode is not null and longitude is not null and latitude is not null
group by zipcode
order by zipcode

-- Seasonality over all market data, whatever the period: a calendar month's average is its sales divided by the
-- number of years that have sales in it, so a month present in two years of data is not counted double. The
-- price index compares the month's median with the median over all data (100 = the same).
with overall as (
    select percentile_cont(0.5) within group (order by price) as median
    from market_sales
)
select extract(month from s.sold_on)::int as month_of_year,
       round(count(*)::numeric / count(distinct extract(year from s.sold_on)), 1) as average_sales,
       round((percentile_cont(0.5) within group (order by s.price) / o.median * 100)::numeric, 1)
           as median_price_index
from market_sales s, overall o
group by 1, o.median
order by 1

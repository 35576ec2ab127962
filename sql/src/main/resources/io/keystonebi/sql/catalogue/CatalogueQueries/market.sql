-- The market family's figures for [from, to), one row per key of :dimension ('total' for none): public home
-- sales (sold_on, a plain date) in the period, their median price and the median price per square foot of living
-- area (sales without a living area left out). Public data: no data scope applies.
select case :dimension
           when 'zipcode' then coalesce(nullif(s.zipcode, ''), '(none)')
           when 'day' then cast(s.sold_on as text)
           when 'week' then cast(date_trunc('week', s.sold_on)::date as text)
           when 'month' then cast(date_trunc('month', s.sold_on)::date as text)
           when 'quarter' then cast(date_trunc('quarter', s.sold_on)::date as text)
           else 'total'
       end as key,
       count(*) as sales,
       percentile_cont(0.5) within group (order by s.price) as median_price,
       percentile_cont(0.5) within group (order by s.price / nullif(s.sqft_living, 0)) as price_per_sqft
from market_sales s
where s.sold_on >= cast(:from as date)
  and s.sold_on < cast(:to as date)
  and (cast(:zipcodes as text[]) is null or coalesce(nullif(s.zipcode, ''), '(none)') = any(:zipcodes))
group by 1

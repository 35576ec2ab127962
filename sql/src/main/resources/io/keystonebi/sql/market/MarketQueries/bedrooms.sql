-- Market data carries no property type, so the number of bedrooms stands in for it; the few homes with five or
-- more are one group so that no bar rests on a handful of sales.
select case when bedrooms is null then '(unknown)'
            when bedrooms >= 5 then '5+'
            else bedrooms::text end as bedrooms,
       round(percentile_cont(0.5) within group (order by price)::numeric, 2) as median_price,
       count(*) as sales
from market_sales
where sold_on >= :from and sold_on < :to
group by 1
-- least() skips nulls, so the unknown group's place is given explicitly: last.
order by min(case when bedrooms is null then 99 else least(bedrooms, 5) end)

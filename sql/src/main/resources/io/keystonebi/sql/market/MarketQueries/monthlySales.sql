-- Every month the period touches, numbered from 0; the compared period's months are numbered the same way from its
-- own start, and months of equal number are side by side. Without a compared period its columns are null.
with months as (
    select m::date as month, row_number() over (order by m) - 1 as position
    from generate_series(date_trunc('month', cast(:from as date)), cast(:to as date) - 1, interval '1 month') m
),
base_months as (
    select m::date as month, row_number() over (order by m) - 1 as position
    from generate_series(date_trunc('month', cast(:baseFrom as date)), cast(:baseTo as date) - 1,
                         interval '1 month') m
),
sales as (
    select date_trunc('month', sold_on)::date as month, count(*) as sales
    from market_sales
    where sold_on >= :from and sold_on < :to
    group by 1
),
base_sales as (
    select date_trunc('month', sold_on)::date as month, count(*) as sales
    from market_sales
    where sold_on >= cast(:baseFrom as date) and sold_on < cast(:baseTo as date)
    group by 1
)
select m.month,
       coalesce(s.sales, 0) as sales,
       bm.month as base_month,
       case when bm.month is not null then coalesce(bs.sales, 0) end as base_sales
from months m
left join sales s on s.month = m.month
left join base_months bm on bm.position = m.position
left join base_sales bs on bs.month = bm.month
order by m.month

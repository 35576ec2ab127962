-- The cost family's partial figures for [from, to), one row per key of :dimension ('total' for none): the
-- monthly spend per lead source, each month's prorated by the share of its days that fall in the period. Spend
-- belongs to the brokerage, not to agents, so a narrower data scope (:scopeAll false) sees none. Costs are
-- monthly, so only source, month and quarter break them down.
select case :dimension
           when 'source' then c.source
           when 'month' then cast(c.month as text)
           when 'quarter' then cast(date_trunc('quarter', c.month)::date as text)
           else 'total'
       end as key,
       round(sum(c.cost
                 * (least(cast(:to as date), (c.month + interval '1 month')::date)
                    - greatest(cast(:from as date), c.month))
                 / ((c.month + interval '1 month')::date - c.month)), 2) as amount
from lead_source_costs c
where :scopeAll
  and c.month < cast(:to as date)
  and (c.month + interval '1 month')::date > cast(:from as date)
  and (cast(:sources as text[]) is null or c.source = any(:sources))
group by 1

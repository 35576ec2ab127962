-- Totals straight from the base tables next to the same totals read from the rollups.
select (select coalesce(sum(monetary_value), 0) from opportunities where status = 'won' and deleted_at is null)
           as base_revenue,
       (select count(*) from contacts where type = 'lead' and deleted_at is null) as base_leads,
       (select coalesce(sum(revenue_won), 0) from rollup_monthly where dimension = 'all') as rollup_revenue,
       (select coalesce(sum(leads), 0) from rollup_monthly where dimension = 'all') as rollup_leads,
       (select coalesce(sum(revenue_won), 0) from rollup_daily where dimension = 'agent') as rollup_agent_revenue,
       (select count(*) from rollup_dirty_days) as dirty_days

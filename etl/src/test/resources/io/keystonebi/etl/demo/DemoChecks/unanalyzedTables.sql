-- Tables the demo's imports fill whose statistics were never refreshed by an explicit analyze.
select relname
from pg_stat_user_tables
where relname in ('contacts', 'opportunities', 'opportunity_stage_history', 'users', 'market_sales')
  and last_analyze is null
order by relname

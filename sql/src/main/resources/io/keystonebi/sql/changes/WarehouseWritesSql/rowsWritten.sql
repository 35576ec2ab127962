-- Warehouse tables are every table of the schema except the bookkeeping loads write beside their data: Spring
-- Batch's and Quartz's tables, the webhook inbox, GHL sync state, import runs and the rollup work list. A new
-- warehouse table is therefore counted without being listed here. Rows rolled back to a savepoint still count:
-- a load that failed part-way says it changed something, never the other way round.
select case when current_setting('track_counts')::boolean
            then coalesce(sum(s.n_tup_ins + s.n_tup_upd + s.n_tup_del), 0)
       end
from pg_stat_xact_user_tables s
where s.schemaname = current_schema()
  and s.relname !~ '^(batch_|qrtz_|webhook_|ghl_|import_|rollup_dirty_|flyway_)'

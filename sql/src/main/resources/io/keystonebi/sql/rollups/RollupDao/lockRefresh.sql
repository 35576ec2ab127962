select 1 from pg_advisory_xact_lock(hashtext('rollup_refresh'))

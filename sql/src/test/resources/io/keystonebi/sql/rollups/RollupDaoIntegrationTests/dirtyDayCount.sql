select count(*) from rollup_dirty_days

truncate locations, rollup_dirty_days restart identity cascade

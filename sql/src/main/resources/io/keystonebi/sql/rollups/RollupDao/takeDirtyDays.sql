delete from rollup_dirty_days
returning location_id, day

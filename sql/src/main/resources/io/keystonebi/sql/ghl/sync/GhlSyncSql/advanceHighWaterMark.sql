insert into ghl_sync_marks as m (location_source_id, entity, high_water_mark)
values (:locationSourceId, :entity, :highWaterMark)
on conflict (location_source_id, entity) do update
set high_water_mark = greatest(m.high_water_mark, excluded.high_water_mark),
    updated_at = now()

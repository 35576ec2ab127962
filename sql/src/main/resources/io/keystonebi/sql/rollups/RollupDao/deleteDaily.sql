delete from rollup_daily r
using unnest(cast(:locationIds as bigint[]), cast(:days as date[])) as t (location_id, day)
where r.location_id = t.location_id
  and r.day = t.day

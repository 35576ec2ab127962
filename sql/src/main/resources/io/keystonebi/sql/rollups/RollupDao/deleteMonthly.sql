delete from rollup_monthly r
using (
    select distinct t.location_id, date_trunc('month', t.day)::date as month
    from unnest(cast(:locationIds as bigint[]), cast(:days as date[])) as t (location_id, day)
) m
where r.location_id = m.location_id
  and r.month = m.month

insert into ghl_sync_leases as l (job_name, location_source_id, owner)
values (:jobName, :locationSourceId, :owner)
on conflict (job_name, location_source_id) do update
set owner = excluded.owner,
    acquired_at = now(),
    renewed_at = now()
where l.renewed_at < now() - make_interval(secs => :leaseTimeoutSeconds)
returning owner

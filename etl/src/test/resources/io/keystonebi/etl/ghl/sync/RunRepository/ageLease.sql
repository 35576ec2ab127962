update ghl_sync_leases
set renewed_at = now() - make_interval(secs => :ageSeconds)
where job_name = :jobName and location_source_id = :location

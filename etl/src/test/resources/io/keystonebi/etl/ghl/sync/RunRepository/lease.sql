insert into ghl_sync_leases (job_name, location_source_id, owner, acquired_at, renewed_at)
values (:jobName, :location, :owner, now() - make_interval(secs => :ageSeconds),
        now() - make_interval(secs => :ageSeconds))

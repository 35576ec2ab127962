delete from ghl_sync_leases
where job_name = :jobName and location_source_id = :locationSourceId and owner = :owner

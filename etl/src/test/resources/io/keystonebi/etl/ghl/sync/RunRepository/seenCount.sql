select count(*)
from ghl_sync_seen s
join batch_job_execution e on e.job_instance_id = s.run_id
where e.job_execution_id = :executionId

select max(e.job_execution_id)
from batch_job_execution e
join batch_job_instance i on i.job_instance_id = e.job_instance_id
join batch_job_execution_params p on p.job_execution_id = e.job_execution_id and p.parameter_name = 'location'
where i.job_name = :jobName and p.parameter_value = :location

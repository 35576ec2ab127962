select i.job_name || ' instances=' || count(distinct i.job_instance_id) || ' runs=' || count(distinct e.job_execution_id)
       || ' steps=' || count(s.step_execution_id)
from batch_job_instance i
left join batch_job_execution e on e.job_instance_id = i.job_instance_id
left join batch_step_execution s on s.job_execution_id = e.job_execution_id
group by i.job_name
order by i.job_name

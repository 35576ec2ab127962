-- What a process killed in the middle of a step leaves: the job and the step it was in still STARTED, without an
-- end, the step's execution context as of its last committed chunk.
with step as (
    update batch_step_execution
    set status = 'STARTED', exit_code = 'EXECUTING', exit_message = '', end_time = null
    where job_execution_id = :executionId and status = 'FAILED'
    returning step_execution_id
)
update batch_job_execution
set status = 'STARTED', exit_code = 'UNKNOWN', exit_message = '', end_time = null
where job_execution_id = :executionId
  and exists (select 1 from step)

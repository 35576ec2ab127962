-- Deletes up to :limit ended runs of the named jobs that ended before :endedBefore, with their steps, contexts
-- and parameters, and each job instance left without runs. Runs still going (no end time) are never touched.
-- The deletes are data-modifying CTEs of one statement: they see the same snapshot, and the foreign keys are
-- checked once the statement has removed children and parents alike.
with old_executions as (
    select e.job_execution_id, e.job_instance_id
    from batch_job_execution e
    join batch_job_instance i on i.job_instance_id = e.job_instance_id
    where i.job_name = any (cast(:jobNames as text[]))
      and e.end_time < :endedBefore
    order by e.job_execution_id
    limit :limit
),
old_steps as (
    select s.step_execution_id
    from batch_step_execution s
    where s.job_execution_id in (select job_execution_id from old_executions)
),
step_contexts as (
    delete from batch_step_execution_context
    where step_execution_id in (select step_execution_id from old_steps)
),
steps as (
    delete from batch_step_execution
    where step_execution_id in (select step_execution_id from old_steps)
),
job_contexts as (
    delete from batch_job_execution_context
    where job_execution_id in (select job_execution_id from old_executions)
),
parameters as (
    delete from batch_job_execution_params
    where job_execution_id in (select job_execution_id from old_executions)
),
executions as (
    delete from batch_job_execution
    where job_execution_id in (select job_execution_id from old_executions)
    returning job_execution_id
),
instances as (
    delete from batch_job_instance i
    where i.job_instance_id in (select job_instance_id from old_executions)
      and not exists (select 1
                      from batch_job_execution e
                      where e.job_instance_id = i.job_instance_id
                        and e.job_execution_id not in (select job_execution_id from old_executions))
)
select count(*) from executions

update import_runs
set job_execution_id = :jobExecutionId, status = 'running', message = null, finished_at = null
where id = :runId

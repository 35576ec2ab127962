update import_runs
set status = :status, message = :message, finished_at = now()
where id = :runId

select id, job_execution_id, file_name, mapping_name, target, status, rows_read, rows_loaded, rows_quarantined,
       message, started_at, finished_at
from import_runs
where id = :runId

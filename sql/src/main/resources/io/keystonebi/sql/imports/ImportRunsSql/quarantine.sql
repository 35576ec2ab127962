select file_name, line_number, reason, raw_row
from import_quarantine
where import_run_id = :runId
order by line_number
offset :offset
limit :limit

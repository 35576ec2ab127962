select q.line_number, q.reason, q.raw_row, q.file_name
from import_quarantine q
order by q.import_run_id, q.line_number

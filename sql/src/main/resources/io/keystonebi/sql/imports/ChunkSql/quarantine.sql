insert into import_quarantine (import_run_id, file_name, line_number, reason, raw_row)
values (:runId, :fileName, :lineNumber, :reason, :rawRow)
on conflict (import_run_id, line_number) do nothing

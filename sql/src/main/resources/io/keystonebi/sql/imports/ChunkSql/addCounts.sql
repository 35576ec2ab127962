update import_runs
set rows_read = rows_read + :read,
    rows_loaded = rows_loaded + :loaded,
    rows_quarantined = rows_quarantined + :quarantined
where id = :runId

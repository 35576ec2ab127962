insert into import_runs (file_name, mapping_name, target, status)
values (:fileName, :mappingName, :target, 'running')
returning id

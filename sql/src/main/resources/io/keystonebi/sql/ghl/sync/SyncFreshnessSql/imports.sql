-- What a warehouse without GHL data was filled from: the newest completed spreadsheet import, and whether the
-- demo location exists.
select (select max(r.finished_at) from import_runs r where r.status = 'completed') as last_import_at,
       exists (select 1 from locations l where l.source_id = :demoLocation) as demo_data

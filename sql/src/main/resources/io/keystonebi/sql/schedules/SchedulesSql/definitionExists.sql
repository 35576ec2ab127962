select exists (select 1 from report_definitions where id = :id)

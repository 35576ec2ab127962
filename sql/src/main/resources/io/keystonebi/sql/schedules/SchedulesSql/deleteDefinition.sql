delete from report_definitions where id = :id

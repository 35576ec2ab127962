select status || ' attempts=' || attempts || ' resends=' || resends from report_deliveries where id = :id

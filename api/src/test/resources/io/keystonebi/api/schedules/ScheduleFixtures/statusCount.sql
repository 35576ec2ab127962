select count(*) from report_deliveries where status = :status

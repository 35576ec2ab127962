select status || ' ' || count(*) from report_deliveries group by status order by status

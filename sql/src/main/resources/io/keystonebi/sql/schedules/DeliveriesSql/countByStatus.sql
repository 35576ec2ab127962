select status, count(*) as deliveries
from report_deliveries
group by status

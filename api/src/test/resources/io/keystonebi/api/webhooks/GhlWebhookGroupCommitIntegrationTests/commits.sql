-- Rows written by one transaction share its id: one per commit that stored deliveries.
select count(distinct xmin::text)
from webhook_inbox

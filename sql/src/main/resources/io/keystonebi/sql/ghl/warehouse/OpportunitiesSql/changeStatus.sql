insert into opportunity_status_history (opportunity_id, status, changed_at)
select o.id, :status, :changedAt
from opportunities o
where o.location_id = :locationId and o.source_id = :sourceId
on conflict (opportunity_id, status, changed_at) do nothing

insert into opportunity_status_history (opportunity_id, status, changed_at)
select o.id, o.status, o.last_status_change_at
from import_stage_opportunities s
join opportunities o on o.location_id = :locationId and o.source_id = s.source_id
where o.status in ('won', 'lost') and o.last_status_change_at is not null
on conflict (opportunity_id, status, changed_at) do nothing

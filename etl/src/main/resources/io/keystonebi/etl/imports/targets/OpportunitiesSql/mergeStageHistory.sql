-- A stage entry is known when its date is: the current stage's and an earlier stage's.
insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
select o.id, st.id, h.entered_at at time zone :timezone
from import_stage_opportunities s
cross join lateral (values (s.stage, s.stage_entered_at), (s.earlier_stage, s.earlier_stage_at)) h (stage, entered_at)
join opportunities o on o.location_id = :locationId and o.source_id = s.source_id
join pipeline_stages st on st.pipeline_id = o.pipeline_id and st.source_id = h.stage
where h.stage is not null and h.entered_at is not null
on conflict (opportunity_id, stage_id, entered_at) do nothing

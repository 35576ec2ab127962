insert into opportunities as o (location_id, source_id, name, contact_id, pipeline_id, stage_id, assigned_user_id,
                                status, monetary_value, source, lost_reason_id, created_at, won_at, lost_at,
                                last_status_change_at, last_stage_change_at, source_updated_at, deleted_at)
select :locationId, :sourceId, :name,
       (select c.id from contacts c where c.location_id = :locationId and c.source_id = :contactSourceId),
       p.id,
       (select s.id from pipeline_stages s where s.pipeline_id = p.id and s.source_id = :stageSourceId),
       (select u.id from users u where u.location_id = :locationId and u.source_id = :assignedUserSourceId),
       :status, :monetaryValue, :source, :lostReasonId, :createdAt, :wonAt, :lostAt, :lastStatusChangeAt,
       :lastStageChangeAt, :sourceUpdatedAt, :deletedAt
from (select 1) one
left join pipelines p on p.location_id = :locationId and p.source_id = :pipelineSourceId
on conflict (location_id, source_id) do update
set name = excluded.name,
    contact_id = excluded.contact_id,
    pipeline_id = excluded.pipeline_id,
    stage_id = excluded.stage_id,
    assigned_user_id = excluded.assigned_user_id,
    status = excluded.status,
    monetary_value = excluded.monetary_value,
    source = excluded.source,
    lost_reason_id = excluded.lost_reason_id,
    created_at = excluded.created_at,
    won_at = excluded.won_at,
    lost_at = excluded.lost_at,
    last_status_change_at = excluded.last_status_change_at,
    last_stage_change_at = excluded.last_stage_change_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = excluded.deleted_at
where o.source_updated_at is null
   or excluded.source_updated_at > o.source_updated_at
   or (excluded.source_updated_at = o.source_updated_at and (o.deleted_at is null or excluded.deleted_at is not null))

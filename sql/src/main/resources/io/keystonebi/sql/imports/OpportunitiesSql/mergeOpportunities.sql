-- One statement per chunk: the upsert, then the stage and status history of the rows it wrote (a row an older
-- version did not overwrite adds no history). Without its own source, an opportunity takes its contact's lead
-- source (for attribution).
with merged as (
    insert into opportunities as o (location_id, source_id, name, contact_id, pipeline_id, stage_id, assigned_user_id,
                                    status, monetary_value, source, property_type_id, created_at, won_at, lost_at,
                                    last_status_change_at, last_stage_change_at, source_updated_at)
    select :locationId, s.source_id, s.name, c.id, p.id, st.id, u.id, s.status,
           coalesce(s.monetary_value, case when s.status = 'open' and s.open_value_from_list_price then pt.list_price end),
           coalesce(s.source, c.source), pt.id,
           s.created_at at time zone :timezone,
           won.at at time zone :timezone,
           lost.at at time zone :timezone,
           coalesce(won.at, lost.at) at time zone :timezone,
           coalesce(s.stage_entered_at, s.earlier_stage_at) at time zone :timezone,
           s.source_updated_at at time zone :timezone
    from (select distinct on (source_id) * from import_stage_opportunities order by source_id, line_number desc) s
    cross join lateral (select case when s.status = 'won' then coalesce(s.won_at, s.closed_at) end as at) won
    cross join lateral (select case when s.status = 'lost' then coalesce(s.lost_at, s.closed_at) end as at) lost
    join pipelines p on p.location_id = :locationId and p.source_id = s.pipeline
    left join pipeline_stages st on st.pipeline_id = p.id and st.source_id = s.stage
    left join users u on u.location_id = :locationId and u.source_id = s.agent
    left join contacts c on c.location_id = :locationId and c.source_id = s.contact
    left join property_types pt on pt.location_id = :locationId and pt.name = s.property_type
    on conflict (location_id, source_id) do update
    set name = excluded.name,
        contact_id = excluded.contact_id,
        pipeline_id = excluded.pipeline_id,
        stage_id = excluded.stage_id,
        assigned_user_id = excluded.assigned_user_id,
        status = excluded.status,
        monetary_value = excluded.monetary_value,
        source = excluded.source,
        property_type_id = excluded.property_type_id,
        created_at = excluded.created_at,
        won_at = excluded.won_at,
        lost_at = excluded.lost_at,
        last_status_change_at = excluded.last_status_change_at,
        last_stage_change_at = excluded.last_stage_change_at,
        source_updated_at = excluded.source_updated_at,
        loaded_at = now(),
        deleted_at = null
    where o.source_updated_at is null or excluded.source_updated_at >= o.source_updated_at
    returning o.id, o.source_id, o.pipeline_id, o.status, o.last_status_change_at
), stage_entries as (
    -- A stage entry is known when its date is: the current stage's and an earlier stage's.
    insert into opportunity_stage_history (opportunity_id, stage_id, entered_at)
    select m.id, st.id, h.entered_at at time zone :timezone
    from merged m
    join import_stage_opportunities s on s.source_id = m.source_id
    cross join lateral (values (s.stage, s.stage_entered_at), (s.earlier_stage, s.earlier_stage_at)) h (stage, entered_at)
    join pipeline_stages st on st.pipeline_id = m.pipeline_id and st.source_id = h.stage
    where h.stage is not null and h.entered_at is not null
    on conflict (opportunity_id, stage_id, entered_at) do nothing
), status_changes as (
    insert into opportunity_status_history (opportunity_id, status, changed_at)
    select m.id, m.status, m.last_status_change_at
    from merged m
    where m.status in ('won', 'lost') and m.last_status_change_at is not null
    on conflict (opportunity_id, status, changed_at) do nothing
)
select count(*) from merged

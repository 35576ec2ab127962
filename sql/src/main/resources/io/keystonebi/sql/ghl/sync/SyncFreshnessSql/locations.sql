-- Where the GHL data of each location stands, in one statement, for every location that is connected, has a sync
-- status row or has been named by a webhook. Each newest time is one probe of a (location, time) index (V014);
-- pending and failed events are counted through the partial index of unprocessed events, which stays small.
with recursive inbox_locations (location_source_id) as (
    -- The inbox's distinct locations, found one index probe at a time instead of by a pass over every delivery.
    (select location_source_id
     from webhook_inbox
     where location_source_id is not null
     order by location_source_id
     limit 1)
    union all
    select (select w.location_source_id
            from webhook_inbox w
            where w.location_source_id > i.location_source_id
            order by w.location_source_id
            limit 1)
    from inbox_locations i
    where i.location_source_id is not null
),
listed as (
    select location_source_id from ghl_connections
    union
    select location_source_id from ghl_sync_status
    union
    select location_source_id from inbox_locations where location_source_id is not null
),
unprocessed as (
    select location_source_id,
           count(*) filter (where last_error is null) as backlog,
           count(*) filter (where last_error is not null) as failed,
           min(received_at) as oldest_received_at
    from webhook_inbox
    where processed_at is null
    group by location_source_id
)
select k.location_source_id,
       l.name,
       l.timezone,
       c.location_source_id is not null as connected,
       s.last_full_finished_at,
       s.last_incremental_finished_at,
       s.last_run_kind,
       s.last_run_status,
       s.last_run_started_at,
       s.last_run_ended_at,
       s.last_error,
       (select max(w.received_at)
        from webhook_inbox w
        where w.location_source_id = k.location_source_id) as last_event_at,
       (select max(w.processed_at)
        from webhook_inbox w
        where w.location_source_id = k.location_source_id and w.outcome = 'applied') as last_event_applied_at,
       coalesce(u.backlog, 0) as inbox_backlog,
       coalesce(u.failed, 0) as failed_events,
       u.oldest_received_at as oldest_unprocessed_received_at
from listed k
left join locations l on l.source_id = k.location_source_id
left join ghl_connections c on c.location_source_id = k.location_source_id
left join ghl_sync_status s on s.location_source_id = k.location_source_id
left join unprocessed u on u.location_source_id = k.location_source_id
order by coalesce(l.name, k.location_source_id), k.location_source_id

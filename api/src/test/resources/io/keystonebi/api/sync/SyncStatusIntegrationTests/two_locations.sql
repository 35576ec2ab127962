-- "Now" is 2026-05-04T12:00:00Z and bi.etl.ghl.sync.stale-after is 20 minutes.
--
-- Aspen Realty (loc-a): completed incremental at 11:45; every event applied or ignored, the newest received at
--   11:56, so its data is current as of 11:56: 4 minutes (240 s) behind, fresh.
-- Birch Homes (loc-b): incremental completed at 11:15, the next one failed; one failed event received at 11:35 and
--   two pending ones, so its data is current as of 11:35 although a newer event (11:59) is applied: 25 minutes
--   (1500 s) behind, stale.
-- loc-c: connected, never synced, unknown to the warehouse: never synced, no lag.
-- An imported location without GHL data and an event without a location id appear nowhere.
insert into locations (source_id, name, timezone, loaded_at) values
    ('loc-a', 'Aspen Realty', 'America/Denver', '2026-05-04T11:45:00Z'),
    ('loc-b', 'Birch Homes', 'Europe/London', '2026-05-04T11:15:00Z'),
    ('spreadsheet', 'Imported Office', 'America/Chicago', '2026-05-02T09:00:00Z');

insert into ghl_connections (location_source_id, auth_kind, encrypted_access_token) values
    ('loc-a', 'pit', 'v1:test:not-a-token'),
    ('loc-b', 'pit', 'v1:test:not-a-token'),
    ('loc-c', 'pit', 'v1:test:not-a-token');

insert into ghl_sync_status (location_source_id, last_full_finished_at, last_incremental_finished_at, last_run_kind,
                             last_run_status, last_run_started_at, last_run_ended_at, last_error) values
    ('loc-a', '2026-05-04T03:10:00Z', '2026-05-04T11:45:00Z', 'incremental', 'COMPLETED', '2026-05-04T11:44:00Z',
     '2026-05-04T11:45:00Z', null),
    ('loc-b', '2026-05-03T03:20:00Z', '2026-05-04T11:15:00Z', 'incremental', 'FAILED', '2026-05-04T11:30:00Z',
     '2026-05-04T11:31:10Z', 'GHL answered 503 to GET /contacts/ after 5 attempts');

insert into webhook_inbox (webhook_id, event_type, location_source_id, event_at, payload, received_at, claimed_at,
                           processed_at, outcome, attempts, last_error) values
    ('a-1', 'ContactCreate', 'loc-a', '2026-05-04T11:49:58Z', '{}', '2026-05-04T11:50:00Z', '2026-05-04T11:50:01Z',
     '2026-05-04T11:50:02Z', 'applied', 1, null),
    ('a-2', 'OpportunityStatusUpdate', 'loc-a', '2026-05-04T11:54:59Z', '{}', '2026-05-04T11:55:00Z',
     '2026-05-04T11:55:01Z', '2026-05-04T11:55:01Z', 'applied', 1, null),
    ('a-3', 'INSTALL', 'loc-a', '2026-05-04T11:55:59Z', '{}', '2026-05-04T11:56:00Z', '2026-05-04T11:56:01Z',
     '2026-05-04T11:56:01Z', 'ignored', 1, null),
    ('b-1', 'ContactUpdate', 'loc-b', '2026-05-04T11:19:59Z', '{}', '2026-05-04T11:20:00Z', '2026-05-04T11:20:03Z',
     '2026-05-04T11:20:03Z', 'applied', 1, null),
    ('b-2', 'ContactUpdate', 'loc-b', '2026-05-04T11:34:59Z', '{}', '2026-05-04T11:35:00Z', '2026-05-04T11:57:00Z',
     null, null, 2, 'Contact c-9: dateAdded ''yesterday'' is not a time'),
    ('b-3', 'NoteCreate', 'loc-b', '2026-05-04T11:39:59Z', '{}', '2026-05-04T11:40:00Z', null, null, null, 0, null),
    ('b-4', 'TaskCreate', 'loc-b', '2026-05-04T11:57:59Z', '{}', '2026-05-04T11:58:00Z', null, null, null, 0, null),
    ('b-5', 'OpportunityCreate', 'loc-b', '2026-05-04T11:58:59Z', '{}', '2026-05-04T11:59:00Z',
     '2026-05-04T11:59:29Z', '2026-05-04T11:59:30Z', 'applied', 1, null),
    ('x-1', 'ContactCreate', null, '2026-05-04T11:00:00Z', '{}', '2026-05-04T11:00:00Z', null, null, null, 0, null);

insert into import_runs (file_name, mapping_name, target, status, started_at, finished_at) values
    ('offices.csv', 'crm-agents', 'agents', 'completed', '2026-05-02T08:59:00Z', '2026-05-02T09:00:00Z'),
    ('deals.csv', 'crm-pipeline', 'opportunities', 'failed', '2026-05-03T10:00:00Z', '2026-05-03T10:01:00Z');

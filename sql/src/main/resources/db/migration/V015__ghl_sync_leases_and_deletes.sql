-- What the GoHighLevel sync needs to resume runs whose process died, to store a message seen both by webhook and
-- by the API once, and to mark deleted the appointments, pipeline stages and custom field values GHL no longer
-- has.

-- Who runs each location's sync of each kind. A launcher takes the lease before it starts or restarts a run and
-- renews it while the run goes on; a lease not renewed for bi.etl.ghl.sync.lease-timeout belongs to a process
-- that is gone, and the next launcher takes it over, marks that process's run FAILED and restarts it.
create table ghl_sync_leases (
    job_name           text        not null,
    location_source_id text        not null,
    owner              text        not null,
    acquired_at        timestamptz not null default now(),
    renewed_at         timestamptz not null default now(),
    primary key (job_name, location_source_id)
);

-- A resumed full run reads on after its last committed page and relies on the ids it saw before it stopped.
-- Unlogged, the table is emptied by PostgreSQL's crash recovery (power loss, a killed container with the
-- embedded server), and the resumed run would then mark deleted everything it read before the crash.
alter table ghl_sync_seen set logged;

-- When the sync last wrote the stage: a full sync marks deleted only the stages it did not see that were
-- written before it started (a placeholder an opportunity webhook created meanwhile is left alone).
alter table pipeline_stages add column loaded_at timestamptz not null default now();

-- A value the object no longer has in GHL (cleared, or its field deleted) is marked deleted, not removed.
alter table custom_field_values add column deleted_at timestamptz;

-- Finds the message a webhook delivery without messageId and an API read both describe (same conversation,
-- time, direction, channel and body) so that they end as one row.
create index messages_conversation_created_idx on messages (conversation_id, created_at);

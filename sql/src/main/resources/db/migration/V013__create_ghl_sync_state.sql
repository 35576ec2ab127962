-- Where the GoHighLevel API sync stands for each connected location.
-- No foreign key to locations: the first sync of a location records its state before or while creating it.

-- The newest update time read per location and entity (contacts, opportunities, conversations, messages);
-- the next incremental sync reads from there, minus an overlap for GHL's search index lag.
create table ghl_sync_marks (
    location_source_id text        not null,
    entity             text        not null,
    high_water_mark    timestamptz not null,
    updated_at         timestamptz not null default now(),
    primary key (location_source_id, entity)
);

-- One row per location: when each kind of sync last finished, and how the last run ended.
create table ghl_sync_status (
    location_source_id           text        primary key,
    last_full_finished_at        timestamptz,
    last_incremental_finished_at timestamptz,
    last_run_kind                text        check (last_run_kind in ('full', 'incremental')),
    last_run_status              text,
    last_run_started_at          timestamptz,
    last_run_ended_at            timestamptz,
    last_error                   text
);

-- Source ids a full sync read, per run and entity, so rows it did not see can be marked deleted once the
-- entity's read completed. Unlogged: it is rebuilt by rerunning the sync, and a crash only costs a re-read.
create unlogged table ghl_sync_seen (
    run_id    bigint not null,
    entity    text   not null,
    source_id text   not null,
    primary key (run_id, entity, source_id)
);

-- Tags and custom fields are read in full by every sync; they need the same soft delete as other objects.
alter table tags
    add column source_updated_at timestamptz,
    add column deleted_at        timestamptz;
alter table custom_fields
    add column source_updated_at timestamptz,
    add column deleted_at        timestamptz;

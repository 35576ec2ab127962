-- GoHighLevel webhook deliveries. The endpoint stores each verified event here before it answers 200, and the
-- drain job applies pending events to the warehouse a few seconds later. GHL may deliver an event more than
-- once (and retries after a 429), so webhook_id is unique: a second delivery finds the first and adds nothing.
create table webhook_inbox (
    id                 bigint generated always as identity primary key,
    webhook_id         text        not null unique,
    event_type         text        not null,
    location_source_id text,
    event_at           timestamptz not null,
    payload            jsonb       not null,
    received_at        timestamptz not null default now(),
    claimed_at         timestamptz,
    processed_at       timestamptz,
    outcome            text check (outcome in ('applied', 'ignored')),
    attempts           integer     not null default 0,
    last_error         text
);

-- The drain claims pending events in event order; processed rows drop out of the index.
create index webhook_inbox_pending_idx on webhook_inbox (event_at, received_at, id) where processed_at is null;

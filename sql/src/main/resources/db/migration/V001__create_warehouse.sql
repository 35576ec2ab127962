-- The warehouse: one table per GoHighLevel object the sync brings (ghl-api reference sections 5 and 6),
-- plus what brokerages keep outside GHL (targets, lead-source costs, market data, property types).
--
-- Every synced table keeps the source's id (source_id, unique per location) and the source's own update
-- time (source_updated_at). Upserts compare source_updated_at so an older version never overwrites a newer
-- one; rows deleted at the source keep their history and get deleted_at.

create table locations (
    id                bigint generated always as identity primary key,
    source_id         text        not null unique,
    company_id        text,
    name              text        not null,
    timezone          text        not null default 'UTC',
    currency          text        not null default 'USD',
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now()
);

create table offices (
    id          bigint generated always as identity primary key,
    location_id bigint not null references locations (id),
    name        text   not null,
    unique (location_id, name)
);

create table teams (
    id          bigint generated always as identity primary key,
    location_id bigint not null references locations (id),
    name        text   not null,
    office_id   bigint references offices (id),
    unique (location_id, name)
);

create table users (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    name              text        not null,
    first_name        text,
    last_name         text,
    email             text,
    phone             text,
    role              text        not null default 'user',
    is_agent          boolean     not null default true,
    team_id           bigint references teams (id),
    office_id         bigint references offices (id),
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);

-- A team lead is a user; set after both exist.
alter table teams add column manager_user_id bigint references users (id);

create table pipelines (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    name              text        not null,
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);

create table pipeline_stages (
    id              bigint generated always as identity primary key,
    pipeline_id     bigint  not null references pipelines (id),
    source_id       text    not null,
    name            text    not null,
    position        integer not null,
    -- Configured win probability (0..1) for the weighted pipeline; null means "learn from history".
    win_probability numeric(5, 4) check (win_probability between 0 and 1),
    -- Which step of the standard funnel (lead, contacted, qualified, proposal, closed) this stage counts as.
    funnel_stage    text check (funnel_stage in ('lead', 'contacted', 'qualified', 'proposal', 'closed')),
    deleted_at      timestamptz,
    unique (pipeline_id, source_id)
);

create table tags (
    id          bigint generated always as identity primary key,
    location_id bigint not null references locations (id),
    source_id   text   not null,
    name        text   not null,
    loaded_at   timestamptz not null default now(),
    unique (location_id, source_id)
);

create table custom_fields (
    id                bigint generated always as identity primary key,
    location_id       bigint  not null references locations (id),
    source_id         text    not null,
    name              text    not null,
    field_key         text,
    data_type         text    not null,
    model             text    not null check (model in ('contact', 'opportunity')),
    position          integer,
    picklist_options  jsonb,
    loaded_at         timestamptz not null default now(),
    unique (location_id, source_id)
);

create table contacts (
    id                 bigint generated always as identity primary key,
    location_id        bigint      not null references locations (id),
    source_id          text        not null,
    name               text,
    first_name         text,
    last_name          text,
    email              text,
    phone              text,
    company_name       text,
    type               text,
    source             text,
    assigned_user_id   bigint references users (id),
    address1           text,
    city               text,
    state              text,
    postal_code        text,
    country            text,
    timezone           text,
    dnd                boolean     not null default false,
    tags               text[]      not null default '{}',
    attribution_first  jsonb,
    attribution_latest jsonb,
    created_at         timestamptz not null,
    last_activity_at   timestamptz,
    source_updated_at  timestamptz,
    loaded_at          timestamptz not null default now(),
    deleted_at         timestamptz,
    unique (location_id, source_id)
);
create index contacts_created_idx on contacts (location_id, created_at);
create index contacts_assigned_idx on contacts (assigned_user_id);
create index contacts_tags_idx on contacts using gin (tags);

-- Property types (or service lines) with their commission rate for GCI; null rate means the default.
create table property_types (
    id              bigint generated always as identity primary key,
    location_id     bigint not null references locations (id),
    name            text   not null,
    series          text,
    list_price      numeric(14, 2),
    commission_rate numeric(6, 5) check (commission_rate between 0 and 1),
    unique (location_id, name)
);

create table opportunities (
    id                     bigint generated always as identity primary key,
    location_id            bigint      not null references locations (id),
    source_id              text        not null,
    name                   text,
    contact_id             bigint references contacts (id),
    pipeline_id            bigint references pipelines (id),
    stage_id               bigint references pipeline_stages (id),
    assigned_user_id       bigint references users (id),
    status                 text        not null check (status in ('open', 'won', 'lost', 'abandoned')),
    monetary_value         numeric(14, 2),
    source                 text,
    property_type_id       bigint references property_types (id),
    lost_reason_id         text,
    -- Null only for imported rows whose source had no creation date (e.g. not yet engaged prospects).
    created_at             timestamptz,
    won_at                 timestamptz,
    lost_at                timestamptz,
    last_status_change_at  timestamptz,
    last_stage_change_at   timestamptz,
    source_updated_at      timestamptz,
    loaded_at              timestamptz not null default now(),
    deleted_at             timestamptz,
    unique (location_id, source_id)
);
create index opportunities_won_idx on opportunities (location_id, won_at) where status = 'won';
create index opportunities_contact_idx on opportunities (contact_id);
create index opportunities_assigned_idx on opportunities (assigned_user_id);

create table opportunity_stage_history (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opportunities (id),
    stage_id       bigint      not null references pipeline_stages (id),
    entered_at     timestamptz not null,
    unique (opportunity_id, stage_id, entered_at)
);

create table opportunity_status_history (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opportunities (id),
    status         text        not null check (status in ('open', 'won', 'lost', 'abandoned')),
    changed_at     timestamptz not null,
    unique (opportunity_id, status, changed_at)
);

create table custom_field_values (
    id              bigint generated always as identity primary key,
    location_id     bigint not null references locations (id),
    object_type     text   not null check (object_type in ('contact', 'opportunity')),
    object_id       bigint not null,
    custom_field_id bigint not null references custom_fields (id),
    value           jsonb,
    unique (object_type, object_id, custom_field_id)
);

create table appointments (
    id                 bigint generated always as identity primary key,
    location_id        bigint      not null references locations (id),
    source_id          text        not null,
    calendar_source_id text,
    contact_id         bigint references contacts (id),
    assigned_user_id   bigint references users (id),
    title              text,
    status             text,
    start_at           timestamptz,
    end_at             timestamptz,
    created_at         timestamptz,
    source_updated_at  timestamptz,
    loaded_at          timestamptz not null default now(),
    deleted_at         timestamptz,
    unique (location_id, source_id)
);

create table tasks (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    contact_id        bigint references contacts (id),
    assigned_user_id  bigint references users (id),
    title             text,
    body              text,
    due_at            timestamptz,
    completed         boolean     not null default false,
    completed_at      timestamptz,
    created_at        timestamptz,
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);

create table notes (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    contact_id        bigint references contacts (id),
    user_id           bigint references users (id),
    body              text,
    created_at        timestamptz,
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);

create table conversations (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    contact_id        bigint references contacts (id),
    assigned_user_id  bigint references users (id),
    type              text,
    last_message_at   timestamptz,
    unread_count      integer,
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);

create table messages (
    id                bigint generated always as identity primary key,
    location_id       bigint      not null references locations (id),
    source_id         text        not null,
    conversation_id   bigint references conversations (id),
    contact_id        bigint references contacts (id),
    user_id           bigint references users (id),
    channel           text,
    message_type      text,
    direction         text check (direction in ('inbound', 'outbound')),
    status            text,
    -- workflow, bulk_actions, campaign, api or app; only 'app' (or a user id) counts as a person replying.
    origin            text,
    body              text,
    call_duration_s   integer,
    created_at        timestamptz not null,
    source_updated_at timestamptz,
    loaded_at         timestamptz not null default now(),
    deleted_at        timestamptz,
    unique (location_id, source_id)
);
create index messages_contact_idx on messages (contact_id, created_at);

-- Monthly revenue targets per agent; a team's target is the sum of its agents'.
create table agent_targets (
    id             bigint generated always as identity primary key,
    user_id        bigint         not null references users (id),
    month          date           not null check (extract(day from month) = 1),
    revenue_target numeric(14, 2) not null check (revenue_target >= 0),
    unique (user_id, month)
);

create table lead_source_costs (
    id          bigint generated always as identity primary key,
    location_id bigint         not null references locations (id),
    source      text           not null,
    month       date           not null check (extract(day from month) = 1),
    cost        numeric(14, 2) not null check (cost >= 0),
    unique (location_id, source, month)
);

-- Local market: closed home sales (public records), not the brokerage's own deals.
create table market_sales (
    id            bigint generated always as identity primary key,
    source_id     text          not null,
    sold_on       date          not null,
    price         numeric(14, 2) not null,
    bedrooms      integer,
    bathrooms     numeric(4, 2),
    sqft_living   integer,
    sqft_lot      integer,
    floors        numeric(3, 1),
    waterfront    boolean,
    condition     integer,
    grade         integer,
    year_built    integer,
    year_renovated integer,
    zipcode       text,
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    loaded_at     timestamptz   not null default now(),
    unique (source_id, sold_on)
);
create index market_sales_zip_idx on market_sales (zipcode, sold_on);

-- One row per import of a file; quarantined rows point back to it.
create table import_runs (
    id                bigint generated always as identity primary key,
    job_execution_id  bigint,
    file_name         text        not null,
    mapping_name      text        not null,
    target            text        not null,
    status            text        not null check (status in ('running', 'completed', 'failed')),
    rows_read         bigint      not null default 0,
    rows_loaded       bigint      not null default 0,
    rows_quarantined  bigint      not null default 0,
    message           text,
    started_at        timestamptz not null default now(),
    finished_at       timestamptz
);

create table import_quarantine (
    id            bigint generated always as identity primary key,
    import_run_id bigint      not null references import_runs (id),
    file_name     text        not null,
    line_number   bigint      not null,
    reason        text        not null,
    raw_row       text,
    created_at    timestamptz not null default now(),
    unique (import_run_id, line_number)
);

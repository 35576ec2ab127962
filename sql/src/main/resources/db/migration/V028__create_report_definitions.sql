-- Custom reports: the definitions people build and save, and the files made from them on demand.
--
-- A definition holds what a report shows (blocks of metrics, dimension, filters, view; its period), never whose
-- data: every reader gets it filtered to their own data scope, so sharing a definition shares no figures.
create table report_definitions (
    id               bigint generated always as identity primary key,
    owner_account_id bigint      not null references accounts (id) on delete cascade,
    title            text        not null check (length(title) between 1 and 200),
    definition       jsonb       not null,
    -- Shared definitions are listed for the accounts within the owner's reach: the owner's team for a manager or
    -- an agent, everyone for an executive or an admin.
    shared           boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index report_definitions_owner_idx on report_definitions (owner_account_id);
create index report_definitions_shared_idx on report_definitions (owner_account_id) where shared;

-- Files made on demand (POST /api/v1/reports/generate), downloadable by the account that made them until they
-- expire. The content is the report as the account's scope allowed it to see.
create table generated_reports (
    id            uuid        primary key,
    account_id    bigint      not null references accounts (id) on delete cascade,
    definition_id bigint      references report_definitions (id) on delete set null,
    title         text        not null,
    format        text        not null check (format in ('pdf', 'xlsx', 'csv')),
    period_from   date        not null,
    period_to     date        not null,
    scope_key     text        not null,
    content       bytea       not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null
);

create index generated_reports_account_idx on generated_reports (account_id, created_at desc);
create index generated_reports_expires_idx on generated_reports (expires_at);

-- Where an account's scheduled reports are sent.
alter table accounts add column email text check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');

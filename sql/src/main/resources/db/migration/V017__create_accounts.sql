-- Who may sign in, what each may see, and the API's refresh tokens.
--
-- An account's role decides what it may do; its data scope follows from the role: an agent account is tied to
-- the warehouse user whose leads and deals are its own book, a manager account to the team it runs. Every
-- change that must end existing access at once (deactivation, a new password, another role, team or agent)
-- bumps credentials_version; sessions and access tokens carry the version they were issued under and are
-- refused when it no longer matches.
create table accounts (
    id                  bigint generated always as identity primary key,
    username            text        not null unique check (username = lower(username) and length(username) between 3 and 64),
    display_name        text        not null check (length(display_name) between 1 and 120),
    password_hash       text        not null,
    role                text        not null check (role in ('admin', 'executive', 'manager', 'agent', 'viewer')),
    warehouse_user_id   bigint      references users (id),
    team_id             bigint      references teams (id),
    active              boolean     not null default true,
    credentials_version integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint accounts_agent_has_user check (role <> 'agent' or warehouse_user_id is not null),
    constraint accounts_manager_has_team check (role <> 'manager' or team_id is not null)
);

-- Refresh tokens are stored only as SHA-256 digests. Each sign-in starts a family; every refresh uses one token
-- and issues its successor in the same family. A token presented a second time means it was copied: the whole
-- family is revoked.
create table refresh_tokens (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references accounts (id) on delete cascade,
    family_id    uuid        not null,
    token_digest bytea       not null unique,
    issued_at    timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz
);

create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_account_idx on refresh_tokens (account_id);

-- Each account's own dashboard layout (widget order, hidden widgets, default range and comparison).
create table dashboard_layouts (
    account_id bigint      primary key references accounts (id) on delete cascade,
    layout     jsonb       not null,
    updated_at timestamptz not null default now()
);

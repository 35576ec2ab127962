-- Scheduled reports: when a saved definition is sent, to whom, and the log of every e-mail.
--
-- A schedule's next_run_at is the one time the planner acts on; the recurrence fields say how the next one follows
-- in the schedule's own time zone. Planning turns a due schedule into one delivery row per recipient and period,
-- and report_deliveries' unique key makes that happen at most once however many nodes plan at the same moment.
create table report_schedules (
    id                  bigint generated always as identity primary key,
    definition_id       bigint      not null references report_definitions (id) on delete cascade,
    owner_account_id    bigint      not null references accounts (id) on delete cascade,
    name                text        not null check (length(name) between 1 and 200),
    recurrence          text        not null
        check (recurrence in ('daily', 'weekdays', 'weekly', 'monthly', 'last_day_of_month')),
    day_of_week         smallint    check (day_of_week between 1 and 7),
    day_of_month        smallint    check (day_of_month between 1 and 28),
    local_time          time        not null,
    time_zone           text        not null,
    start_date          date        not null,
    end_date            date,
    paused              boolean     not null default false,
    skip_if_empty       boolean     not null default false,
    send_only_on_change boolean     not null default false,
    formats             text[]      not null default '{pdf}'
        check (cardinality(formats) > 0 and formats <@ array['pdf', 'xlsx', 'csv']),
    -- Null once the end date has passed: the schedule never runs again.
    next_run_at         timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint report_schedules_weekly_day check (recurrence <> 'weekly' or day_of_week is not null),
    constraint report_schedules_monthly_day check (recurrence <> 'monthly' or day_of_month is not null),
    constraint report_schedules_dates check (end_date is null or end_date >= start_date)
);

create index report_schedules_due_idx on report_schedules (next_run_at) where not paused;
create index report_schedules_definition_idx on report_schedules (definition_id);

-- Who receives a schedule's e-mails: an account (their own data scope), a team (each of its active accounts with
-- an e-mail, each with their own scope) or an outside address (the scope stored here, seen like a viewer: no
-- commission, no personal columns).
create table report_recipients (
    id              bigint generated always as identity primary key,
    schedule_id     bigint      not null references report_schedules (id) on delete cascade,
    kind            text        not null check (kind in ('account', 'team', 'email')),
    account_id      bigint      references accounts (id) on delete cascade,
    team_id         bigint      references teams (id) on delete cascade,
    email           text        check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    external_scope  text        check (external_scope in ('brokerage', 'team', 'agent')),
    external_scope_id bigint,
    unsubscribed_at timestamptz,
    created_at      timestamptz not null default now(),
    constraint report_recipients_target check (
        (kind = 'account' and account_id is not null and team_id is null and email is null)
        or (kind = 'team' and team_id is not null and account_id is null and email is null)
        or (kind = 'email' and email is not null and account_id is null and team_id is null
            and external_scope is not null
            and (external_scope = 'brokerage') = (external_scope_id is null)))
);

create unique index report_recipients_account_uq on report_recipients (schedule_id, account_id) where kind = 'account';
create unique index report_recipients_team_uq on report_recipients (schedule_id, team_id) where kind = 'team';
create unique index report_recipients_email_uq on report_recipients (schedule_id, lower(email)) where kind = 'email';

-- One row per e-mail that is due: the delivery log and the exactly-once ledger. A sender claims a row by setting
-- claimed_by and claimed_until; a row still 'sending' after its lease belongs to a node that stopped and is
-- claimed again.
create table report_deliveries (
    id              bigint generated always as identity primary key,
    schedule_id     bigint      not null references report_schedules (id) on delete cascade,
    recipient_id    bigint      references report_recipients (id) on delete set null,
    period_from     date        not null,
    period_to       date        not null,
    -- Local date the run reported from (the period follows from it and the definition's range).
    run_day         date        not null,
    recipient_key   text        not null,
    email           text,
    status          text        not null default 'pending'
        check (status in ('pending', 'sending', 'retrying', 'sent', 'failed', 'skipped', 'unsubscribed')),
    attempts        integer     not null default 0,
    resends         integer     not null default 0,
    message_id      text,
    error           text,
    next_attempt_at timestamptz not null default now(),
    claimed_by      text,
    claimed_until   timestamptz,
    content_digest  text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (schedule_id, period_from, recipient_key)
);

-- The claim query's two ways in: waiting rows by when they are due, abandoned rows by when their lease ends.
create index report_deliveries_due_idx on report_deliveries (next_attempt_at) where status in ('pending', 'retrying');
create index report_deliveries_lease_idx on report_deliveries (claimed_until) where status = 'sending';
create index report_deliveries_log_idx on report_deliveries (schedule_id, created_at desc);
create index report_deliveries_last_sent_idx on report_deliveries (schedule_id, recipient_key, sent_at desc)
    where status = 'sent';

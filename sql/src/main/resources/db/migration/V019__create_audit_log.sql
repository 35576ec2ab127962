-- The audit log: who read, exported or changed what, in which data scope, and when. Append-only and
-- hash-chained, so that a changed, removed or inserted-between entry shows.
--
-- The database itself keeps the chain, so every writer (each application node, or anyone with INSERT) appends
-- the same way and none can fork it: a trigger takes a transaction-scoped advisory lock, reads the newest entry,
-- and gives the new one the next id and
--
--     prev_hash = the newest entry's hash, or 32 zero bytes for the first entry (the genesis value)
--     hash      = sha256(prev_hash || convert_to(canonical, 'UTF8'))
--
-- where canonical is the jsonb text of the array [id, occurred_at, actor_account_id, actor_username, actor_role,
-- action, resource, scope, detail, request_id, client_address], occurred_at written in UTC as
-- YYYY-MM-DDTHH:MI:SS.ffffffZ (microseconds). jsonb's text form is fixed (keys sorted, ", " and ": " between
-- items), so the hash can be recomputed from the stored row with SQL alone: see audit_log_hash below. Any
-- values given for id, prev_hash and hash on insert are replaced.
--
-- Ids are therefore gapless and in chain order (a rolled-back append leaves no hole): a missing entry shows as
-- a gap as well as a broken link. The lock is held until the appending transaction ends, so appends are
-- serialised across nodes; the application appends in batches from one writer thread per node to keep that
-- cheap.
--
-- Rows cannot be updated, deleted or truncated: triggers refuse it whoever asks. A table owner or superuser can
-- still disable those triggers, so in production the application should connect as a role that does not own
-- the table and has only SELECT and INSERT on it (see "Audit log" in the administrator guide).
--
-- actor_account_id has no foreign key on purpose: the entry outlives the account, and a cascade would have to
-- delete audit rows.
create table audit_log (
    id               bigint      primary key,
    occurred_at      timestamptz not null,
    actor_account_id bigint,
    actor_username   text,
    actor_role       text,
    action           text        not null,
    resource         text,
    scope            text,
    detail           jsonb       not null default '{}',
    request_id       text,
    client_address   text,
    prev_hash        bytea       not null,
    hash             bytea       not null
);

-- The admin search: newest first by id, filtered by actor, action or time.
create index audit_log_actor_idx on audit_log (lower(actor_username), id);
create index audit_log_action_idx on audit_log (action, id);
create index audit_log_occurred_at_idx on audit_log (occurred_at);

create function audit_log_hash(prev_hash bytea, id bigint, occurred_at timestamptz, actor_account_id bigint,
        actor_username text, actor_role text, action text, resource text, scope text, detail jsonb,
        request_id text, client_address text) returns bytea
    language sql immutable
as $$
    select sha256(prev_hash || convert_to(jsonb_build_array(id,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_account_id,
        actor_username, actor_role, action, resource, scope, detail, request_id, client_address)::text, 'UTF8'))
$$;

create function audit_log_chain() returns trigger
    language plpgsql
as $$
declare
    last_id   bigint;
    last_hash bytea;
begin
    -- Held to the end of the transaction: a second appender waits here and then reads this one's entry.
    perform pg_advisory_xact_lock(hashtext('audit_log'));
    -- A row-level trigger sees the rows its own statement inserted before, so a batch chains row by row.
    select a.id, a.hash into last_id, last_hash from audit_log a order by a.id desc limit 1;
    new.id := coalesce(last_id, 0) + 1;
    new.prev_hash := coalesce(last_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    new.hash := audit_log_hash(new.prev_hash, new.id, new.occurred_at, new.actor_account_id, new.actor_username,
        new.actor_role, new.action, new.resource, new.scope, new.detail, new.request_id, new.client_address);
    return new;
end
$$;

create trigger audit_log_chain before insert on audit_log
    for each row execute function audit_log_chain();

create function audit_log_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Audit entries are never changed or removed; see "Audit log" in the administrator guide.';
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

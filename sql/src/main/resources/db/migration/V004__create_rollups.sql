-- Rollups the dashboard reads instead of scanning base tables: per local day (in the location's time zone)
-- and per month, for the whole location and by agent, team, lead source and pipeline stage.
--
-- dimension      dimension_key
-- 'all'          ''                 everything in the location
-- 'agent'        users.id           the assigned user (contacts, opportunities)
-- 'team'         teams.id           the assigned user's team
-- 'source'       lead source text   contacts.source / opportunities.source ('' when unknown)
-- 'stage'        pipeline_stages.id stage entries (opportunity_stage_history)
--
-- Counts are attributed to the day of the event: leads by contacts.created_at, opportunities_created by
-- opportunities.created_at, deals_won and revenue_won by won_at, deals_lost by lost_at, stage_entries by
-- the history's entered_at.

create table rollup_daily (
    location_id           bigint         not null references locations (id),
    day                   date           not null,
    dimension             text           not null check (dimension in ('all', 'agent', 'team', 'source', 'stage')),
    dimension_key         text           not null,
    leads                 integer        not null default 0,
    opportunities_created integer        not null default 0,
    deals_won             integer        not null default 0,
    revenue_won           numeric(16, 2) not null default 0,
    deals_lost            integer        not null default 0,
    stage_entries         integer        not null default 0,
    primary key (location_id, dimension, dimension_key, day)
);
create index rollup_daily_day_idx on rollup_daily (location_id, day);

create table rollup_monthly (
    location_id           bigint         not null references locations (id),
    month                 date           not null check (extract(day from month) = 1),
    dimension             text           not null check (dimension in ('all', 'agent', 'team', 'source', 'stage')),
    dimension_key         text           not null,
    leads                 integer        not null default 0,
    opportunities_created integer        not null default 0,
    deals_won             integer        not null default 0,
    revenue_won           numeric(16, 2) not null default 0,
    deals_lost            integer        not null default 0,
    stage_entries         integer        not null default 0,
    primary key (location_id, dimension, dimension_key, month)
);

-- Local days whose rollup slices are out of date. Triggers below fill it from every writer (import,
-- API sync, webhooks); the rollup refresh recomputes exactly these days and their months, then empties it.
create table rollup_dirty_days (
    location_id bigint not null references locations (id),
    day         date   not null,
    primary key (location_id, day)
);

create function contacts_mark_rollups() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct o.location_id, (o.created_at at time zone l.timezone)::date
        from old_rows o join locations l on l.id = o.location_id
        on conflict do nothing;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct n.location_id, (n.created_at at time zone l.timezone)::date
        from new_rows n join locations l on l.id = n.location_id
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger contacts_rollups_insert after insert on contacts
    referencing new table as new_rows for each statement execute function contacts_mark_rollups();
create trigger contacts_rollups_update after update on contacts
    referencing old table as old_rows new table as new_rows for each statement execute function contacts_mark_rollups();
create trigger contacts_rollups_delete after delete on contacts
    referencing old table as old_rows for each statement execute function contacts_mark_rollups();

create function opportunities_mark_rollups() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct o.location_id, (instant at time zone l.timezone)::date
        from old_rows o
        join locations l on l.id = o.location_id
        cross join lateral unnest(array[o.created_at, o.won_at, o.lost_at]) as instant
        where instant is not null
        on conflict do nothing;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct n.location_id, (instant at time zone l.timezone)::date
        from new_rows n
        join locations l on l.id = n.location_id
        cross join lateral unnest(array[n.created_at, n.won_at, n.lost_at]) as instant
        where instant is not null
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger opportunities_rollups_insert after insert on opportunities
    referencing new table as new_rows for each statement execute function opportunities_mark_rollups();
create trigger opportunities_rollups_update after update on opportunities
    referencing old table as old_rows new table as new_rows for each statement execute function opportunities_mark_rollups();
create trigger opportunities_rollups_delete after delete on opportunities
    referencing old table as old_rows for each statement execute function opportunities_mark_rollups();

create function stage_history_mark_rollups() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct op.location_id, (h.entered_at at time zone l.timezone)::date
        from old_rows h
        join opportunities op on op.id = h.opportunity_id
        join locations l on l.id = op.location_id
        on conflict do nothing;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into rollup_dirty_days (location_id, day)
        select distinct op.location_id, (h.entered_at at time zone l.timezone)::date
        from new_rows h
        join opportunities op on op.id = h.opportunity_id
        join locations l on l.id = op.location_id
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger stage_history_rollups_insert after insert on opportunity_stage_history
    referencing new table as new_rows for each statement execute function stage_history_mark_rollups();
create trigger stage_history_rollups_update after update on opportunity_stage_history
    referencing old table as old_rows new table as new_rows for each statement execute function stage_history_mark_rollups();
create trigger stage_history_rollups_delete after delete on opportunity_stage_history
    referencing old table as old_rows for each statement execute function stage_history_mark_rollups();

-- One chunk of agent rows; "on commit delete rows" empties it when the chunk's transaction ends.
create temp table if not exists import_stage_agents (
    line_number       bigint not null,
    source_id         text,
    name              text,
    first_name        text,
    last_name         text,
    email             text,
    phone             text,
    role              text,
    team              text,
    manager           text,
    office            text,
    source_updated_at timestamp
) on commit delete rows

-- One chunk of agent rows; "on commit delete rows" empties it when the chunk's transaction ends.
create temp table if not exists import_stage_agents (
    line_number       bigint not null,
    source_id         text,
    name              text,
    first_name        text,
    last_name         text,
    -- Encrypted by the import before COPY (io.keystonebi.sql.pii.FieldCipher); the e-mail beside its search digest.
    email             bytea,
    email_search      bytea,
    phone             bytea,
    role              text,
    team              text,
    manager           text,
    office            text,
    source_updated_at timestamp
) on commit delete rows

create temp table if not exists import_stage_opportunities (
    line_number       bigint not null,
    source_id         text,
    name              text,
    pipeline          text,
    stage             text,
    status            text,
    agent             text,
    contact           text,
    monetary_value    numeric(14, 2),
    source            text,
    property_type     text,
    created_at        timestamp,
    closed_at         timestamp,
    won_at            timestamp,
    lost_at           timestamp,
    stage_entered_at  timestamp,
    earlier_stage     text,
    earlier_stage_at  timestamp,
    source_updated_at timestamp,
    -- An open deal without a value is valued at its property type's list price: the expected value.
    open_value_from_list_price boolean
) on commit delete rows

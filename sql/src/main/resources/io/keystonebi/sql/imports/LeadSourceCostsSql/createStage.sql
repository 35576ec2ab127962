create temp table if not exists import_stage_lead_source_costs (
    line_number bigint not null,
    source      text,
    month       date,
    cost        numeric(14, 2)
) on commit delete rows

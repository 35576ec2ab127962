create temp table if not exists import_stage_economic_indicators (
    line_number bigint not null,
    series      text,
    month       date,
    value       numeric(14, 4),
    unit        text,
    source      text
) on commit delete rows

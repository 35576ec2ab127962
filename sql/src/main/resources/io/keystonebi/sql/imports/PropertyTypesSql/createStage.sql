create temp table if not exists import_stage_property_types (
    line_number     bigint not null,
    name            text,
    series          text,
    list_price      numeric(14, 2),
    commission_rate numeric(6, 5)
) on commit delete rows

create temp table if not exists import_stage_agent_targets (
    line_number    bigint not null,
    agent          text,
    month          date,
    revenue_target numeric(14, 2)
) on commit delete rows

copy import_stage_agent_targets (line_number, agent, month, revenue_target) from stdin

copy import_stage_lead_source_costs (line_number, source, month, cost) from stdin

copy import_stage_opportunities (line_number, source_id, name, pipeline, stage, status, agent, contact,
    monetary_value, source, property_type, created_at, closed_at, won_at, lost_at, stage_entered_at, earlier_stage,
    earlier_stage_at, source_updated_at, open_value_from_list_price) from stdin

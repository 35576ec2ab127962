copy import_stage_agents (line_number, source_id, name, first_name, last_name, email, email_search, phone, role, team,
    manager, office, source_updated_at) from stdin

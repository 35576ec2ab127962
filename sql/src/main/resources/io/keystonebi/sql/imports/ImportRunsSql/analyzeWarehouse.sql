analyze locations, offices, teams, users, property_types, pipelines, pipeline_stages, contacts, opportunities,
        opportunity_stage_history, opportunity_status_history, appointments, messages, agent_targets,
        lead_source_costs, market_sales, economic_indicators

select source_id, company_id, name, timezone from locations where source_id = :location

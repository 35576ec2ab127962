copy import_stage_contacts (line_number, source_id, name, first_name, last_name, email, email_search, phone,
    phone_search, company_name, type, source, agent, address1, city, state, postal_code, country, tags, attribution_url, attribution_landing_page,
    attribution_medium, attribution_campaign, attribution_utm_source, created_at, source_updated_at) from stdin

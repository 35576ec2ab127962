copy import_stage_property_types (line_number, name, series, list_price, commission_rate) from stdin

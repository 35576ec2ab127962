copy import_stage_economic_indicators (line_number, series, month, value, unit, source) from stdin

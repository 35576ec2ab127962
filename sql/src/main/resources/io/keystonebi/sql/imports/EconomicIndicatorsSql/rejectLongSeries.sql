-- The table keeps series names short enough to label a chart; one longer name would otherwise fail the whole chunk.
delete from import_stage_economic_indicators s
where length(s.series) > 80
returning s.line_number, 'series' as field, s.series as value, 'name over 80 characters' as problem

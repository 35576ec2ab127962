update opportunities set won_at = '2026-03-01 06:00:00+00' where source_id = 'o1'

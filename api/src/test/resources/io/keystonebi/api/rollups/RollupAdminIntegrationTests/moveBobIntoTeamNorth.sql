update users set team_id = 1 where source_id = 'u-bob'

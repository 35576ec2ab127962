delete from import_stage_opportunities s
where s.agent is not null
  and not exists (select 1 from users u where u.location_id = :locationId and u.source_id = s.agent)
returning s.line_number, 'agent' as field, s.agent as value, 'unknown agent' as problem

delete from import_stage_opportunities s
where s.property_type is not null
  and not exists (select 1 from property_types t where t.location_id = :locationId and t.name = s.property_type)
returning s.line_number, 'property_type' as field, s.property_type as value, 'unknown property type' as problem

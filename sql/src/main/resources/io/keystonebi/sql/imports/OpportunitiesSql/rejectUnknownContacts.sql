delete from import_stage_opportunities s
where s.contact is not null
  and not exists (select 1 from contacts c where c.location_id = :locationId and c.source_id = s.contact)
returning s.line_number, 'contact' as field, s.contact as value, 'unknown contact' as problem

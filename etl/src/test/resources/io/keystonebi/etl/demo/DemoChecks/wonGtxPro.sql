select count(*) from opportunities o join property_types t on t.id = o.property_type_id where t.name = 'GTX Pro'

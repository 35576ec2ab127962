select count(*) from contacts where source_id like 'intake%'

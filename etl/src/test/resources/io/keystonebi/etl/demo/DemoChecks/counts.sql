select
    (select count(*) from users u join locations l on l.id = u.location_id
     where l.source_id = 'demo' and u.is_agent) as agents,
    (select count(distinct o.assigned_user_id) from opportunities o join pipelines p on p.id = o.pipeline_id
     where p.name = 'Sales') as agents_with_deals,
    (select count(*) from opportunities o join pipelines p on p.id = o.pipeline_id where p.name = 'Sales') as deals,
    (select count(*) from contacts c where c.type = 'lead' and c.source is not null and c.source <> '') as leads_with_source,
    (select count(distinct c.id) from contacts c join opportunities o on o.contact_id = c.id
     where c.type = 'lead' and o.status = 'won') as conversions,
    (select count(*) from market_sales) as market_sales,
    (select count(*) from import_quarantine) as quarantined,
    (select count(*) from teams t where t.manager_user_id is not null) as teams_with_lead

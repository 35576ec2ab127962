-- The newest local day of each rebase group, in the demo location's time zone.
select
    (select max(greatest(o.created_at, o.won_at, o.lost_at) at time zone 'America/Los_Angeles')::date
     from opportunities o join pipelines p on p.id = o.pipeline_id where p.name = 'Sales') as crm,
    (select max(greatest(c.created_at at time zone 'America/Los_Angeles',
                         (select max(o.won_at) at time zone 'America/Los_Angeles' from opportunities o
                          join pipelines p on p.id = o.pipeline_id where p.name = 'Inbound leads')))::date
     from contacts c where c.type = 'lead') as olist,
    (select max(sold_on) from market_sales) as kingcounty

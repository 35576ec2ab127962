-- Indexes for the rows behind the dashboard's charts (drill-downs) and the market page.
-- Market sales of a period: every market panel and the sales drill read a range of sale dates; the existing
-- (zipcode, sold_on) index serves only one zipcode at a time.
create index market_sales_sold_idx on market_sales (sold_on);
-- Deals created in a period (the deals drill's default date), as contacts_created_idx does for leads.
create index opportunities_created_idx on opportunities (location_id, created_at);
-- Entries into one stage in a period (drills from a stage's bar with date=entered_stage). Deals currently in a
-- stage need none: that filter always comes with a date window, which narrows them first.
create index stage_history_stage_entered_idx on opportunity_stage_history (stage_id, entered_at);

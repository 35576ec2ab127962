-- The dashboard's "data as of" stamp takes the newest load and source-update time per location on every
-- request; with these indexes each maximum is one index probe instead of a scan of the table.
create index opportunities_loaded_idx on opportunities (location_id, loaded_at);
create index opportunities_source_updated_idx on opportunities (location_id, source_updated_at);
create index contacts_loaded_idx on contacts (location_id, loaded_at);
create index contacts_source_updated_idx on contacts (location_id, source_updated_at);

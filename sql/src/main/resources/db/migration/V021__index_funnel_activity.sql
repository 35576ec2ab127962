-- The pipeline and funnel pages read each lead's appointments, notes and tasks (its first contact, its last touch)
-- by contact, and the period's messages and stage entries by time (the activity heat map, the stay in each stage);
-- without these indexes each read is a scan of the whole table.
create index appointments_contact_idx on appointments (contact_id);
create index notes_contact_idx on notes (contact_id);
create index tasks_contact_idx on tasks (contact_id);
create index messages_location_created_idx on messages (location_id, created_at);
create index stage_history_entered_idx on opportunity_stage_history (entered_at);

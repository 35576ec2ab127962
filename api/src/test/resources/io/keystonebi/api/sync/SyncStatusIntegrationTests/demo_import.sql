-- Only the demo data set, imported on 1 May at 09:30 in Denver; nothing connected to GHL.
insert into locations (source_id, name, timezone, loaded_at) values
    ('demo', 'Evergreen Realty Group', 'America/Denver', '2026-05-01T15:30:00Z');

insert into import_runs (file_name, mapping_name, target, status, started_at, finished_at) values
    ('crm/accounts.csv', 'crm-agents', 'agents', 'completed', '2026-05-01T15:29:00Z', '2026-05-01T15:29:30Z'),
    ('crm/sales_pipeline.csv', 'crm-pipeline', 'opportunities', 'completed', '2026-05-01T15:29:30Z',
     '2026-05-01T15:30:00Z');

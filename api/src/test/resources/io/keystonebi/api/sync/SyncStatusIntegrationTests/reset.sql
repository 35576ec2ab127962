-- Nothing synced, received or imported.
truncate webhook_inbox, ghl_sync_status, ghl_sync_marks, ghl_connections, import_runs, locations
    restart identity cascade;

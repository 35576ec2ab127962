truncate webhook_inbox, locations restart identity cascade;

select count(*) from webhook_inbox

select webhook_id from webhook_inbox order by webhook_id

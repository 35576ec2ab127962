select webhook_id || ' ' || coalesce(outcome, 'pending')
from webhook_inbox
order by webhook_id

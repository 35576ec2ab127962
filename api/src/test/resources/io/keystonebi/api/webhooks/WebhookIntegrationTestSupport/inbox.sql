select event_type || ' ' || coalesce(outcome, '-') || ' attempts=' || attempts || ' error=' || coalesce(last_error, '-')
from webhook_inbox
order by event_type, id

update webhook_inbox i
set processed_at = now(), outcome = t.outcome, attempts = i.attempts + 1, last_error = null
from unnest(cast(:ids as bigint[]), cast(:outcomes as text[])) as t (id, outcome)
where i.id = t.id

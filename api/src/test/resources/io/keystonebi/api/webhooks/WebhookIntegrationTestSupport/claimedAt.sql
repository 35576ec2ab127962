select coalesce(claimed_at::text, '-')
from webhook_inbox
where processed_at is null
order by id

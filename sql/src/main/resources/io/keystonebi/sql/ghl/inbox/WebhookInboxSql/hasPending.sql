select exists (select 1
               from webhook_inbox
               where processed_at is null
                 and attempts < :maxAttempts
                 and (claimed_at is null or claimed_at < now() - make_interval(secs => :retryDelaySeconds)))

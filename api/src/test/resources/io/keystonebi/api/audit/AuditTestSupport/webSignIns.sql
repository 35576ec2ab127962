select count(*)
from audit_log
where actor_username = :username and action = 'sign_in.succeeded' and detail ->> 'channel' = 'web'

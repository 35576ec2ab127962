select id, actor_account_id, actor_username, actor_role, action, resource, scope, cast(detail as text) as detail,
       request_id, client_address
from audit_log
where request_id = :requestId
order by id

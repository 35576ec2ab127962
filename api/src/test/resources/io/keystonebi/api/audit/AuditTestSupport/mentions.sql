-- Entries that hold the text anywhere.
select count(*)
from audit_log
where strpos(concat_ws(' ', actor_username, actor_role, action, resource, scope, cast(detail as text), request_id,
                       client_address), :text) > 0

-- Each entry with its fields as the canonical form writes them, for the test's own hash computation.
select id,
       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
       actor_account_id, actor_username, actor_role, action, resource, scope,
       cast(detail as text) as detail, request_id, client_address, prev_hash, hash
from audit_log
order by id

-- Appends a batch in one statement. The trigger gives each row its id and hashes in the order rows are
-- inserted, which the "order by" makes the order of the lists.
insert into audit_log (occurred_at, actor_account_id, actor_username, actor_role, action, resource, scope, detail,
                       request_id, client_address)
select t.occurred_at, t.actor_account_id, t.actor_username, t.actor_role, t.action, t.resource, t.scope,
       cast(t.detail as jsonb), t.request_id, t.client_address
from unnest(cast(:occurredAts as timestamptz[]), cast(:actorAccountIds as bigint[]), cast(:actorUsernames as text[]),
            cast(:actorRoles as text[]), cast(:actions as text[]), cast(:resources as text[]),
            cast(:scopes as text[]), cast(:details as text[]), cast(:requestIds as text[]),
            cast(:clientAddresses as text[]))
         with ordinality as t (occurred_at, actor_account_id, actor_username, actor_role, action, resource, scope,
                               detail, request_id, client_address, position)
order by t.position

-- Newest first from the primary key; each filter applies only when given. The text filter is a plain
-- substring test (strpos, not like), so % and _ in it mean themselves.
select a.id, a.occurred_at, a.actor_account_id, a.actor_username, a.actor_role, a.action, a.resource, a.scope,
       cast(a.detail as text) as detail, a.request_id, a.client_address, a.prev_hash, a.hash
from audit_log a
where (cast(:actor as text) is null or lower(a.actor_username) = lower(:actor))
  and (cast(:action as text) is null or a.action = :action or starts_with(a.action, :action || '.'))
  and (cast(:from as timestamptz) is null or a.occurred_at >= :from)
  and (cast(:to as timestamptz) is null or a.occurred_at < :to)
  and (cast(:text as text) is null
       or strpos(lower(concat_ws(' ', a.actor_username, a.action, a.resource, a.scope, a.request_id,
                                 a.client_address, cast(a.detail as text))), lower(:text)) > 0)
  and (cast(:beforeId as bigint) is null or a.id < :beforeId)
order by a.id desc
limit :limit

-- Walks the chain in id order and names the first entry that does not hold. The oldest entry left starts from
-- the genesis value (32 zero bytes) when it is entry 1; when older entries were archived away it is taken as
-- the start, and the caller reports where the chain begins.
select c.id,
       case
           when not c.hash_ok then 'contents_changed'
           when c.previous_id is null then 'bad_genesis'
           when c.id <> c.previous_id + 1 then 'entries_missing'
           else 'link_broken'
       end as problem,
       c.previous_id
from (select a.id,
             a.prev_hash,
             a.hash = audit_log_hash(a.prev_hash, a.id, a.occurred_at, a.actor_account_id, a.actor_username,
                                     a.actor_role, a.action, a.resource, a.scope, a.detail, a.request_id,
                                     a.client_address) as hash_ok,
             lag(a.id) over w   as previous_id,
             lag(a.hash) over w as previous_hash
      from audit_log a
      window w as (order by a.id)) c
where not c.hash_ok
   or (c.previous_id is null and c.id = 1
       and c.prev_hash <> '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
   or (c.previous_id is not null and (c.id <> c.previous_id + 1 or c.prev_hash <> c.previous_hash))
order by c.id
limit 1

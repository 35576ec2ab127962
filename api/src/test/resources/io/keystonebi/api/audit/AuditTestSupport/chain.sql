-- The chain checked without the application's code or the table's hash function: every entry's hash is
-- SHA-256 of its prev_hash and its canonical form (as documented), every prev_hash is the hash of the entry
-- before, and ids run from 1 without gaps.
select count(*)                                                                         as entries,
       count(*) filter (where a.id <> coalesce(a.previous_id, 0) + 1)                   as gaps,
       count(*) filter (where a.prev_hash <> coalesce(a.previous_hash,
           '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)) as broken_links,
       count(*) filter (where a.hash <> sha256(a.prev_hash || convert_to(jsonb_build_array(a.id,
           to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.actor_account_id,
           a.actor_username, a.actor_role, a.action, a.resource, a.scope, a.detail, a.request_id,
           a.client_address)::text, 'UTF8')))                                           as bad_hashes
from (select l.*, lag(l.id) over (order by l.id) as previous_id, lag(l.hash) over (order by l.id) as previous_hash
      from audit_log l) a

-- A cleverer change: the entry's own hash is recomputed so that it matches its new contents.
alter table audit_log disable trigger audit_log_append_only;
update audit_log
set action = 'data.nothing',
    hash = audit_log_hash(prev_hash, id, occurred_at, actor_account_id, actor_username, actor_role, 'data.nothing',
                          resource, scope, detail, request_id, client_address)
where id = <id>;
alter table audit_log enable trigger audit_log_append_only;

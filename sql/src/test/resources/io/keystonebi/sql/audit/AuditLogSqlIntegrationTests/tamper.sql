-- What someone who owns the table could do: switch the guard off, change an entry, switch it on again.
alter table audit_log disable trigger audit_log_append_only;
update audit_log set detail = '{"status": 200}' where id = <id>;
alter table audit_log enable trigger audit_log_append_only;

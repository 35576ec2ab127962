alter table audit_log disable trigger audit_log_append_only;
delete from audit_log where id = <id>;
alter table audit_log enable trigger audit_log_append_only;

-- Undoes tamper.sql, so later tests sharing the database find the chain intact again.
alter table audit_log disable trigger audit_log_append_only;
update audit_log set detail = detail - 'tampered' where id = <id>;
alter table audit_log enable trigger audit_log_append_only;

delete from audit_log

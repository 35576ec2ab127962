delete from audit_log where id = :id

select count(*) from audit_log where id <= :lastId

update audit_log set action = 'data.nothing' where id = :id

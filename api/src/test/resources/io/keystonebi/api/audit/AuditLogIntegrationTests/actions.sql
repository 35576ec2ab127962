select action from audit_log order by id

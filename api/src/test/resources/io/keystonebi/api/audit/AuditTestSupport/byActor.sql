select id from audit_log where actor_username = :username order by id desc

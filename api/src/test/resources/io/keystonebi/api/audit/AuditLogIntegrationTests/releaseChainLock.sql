select pg_advisory_unlock(hashtext('audit_log'))

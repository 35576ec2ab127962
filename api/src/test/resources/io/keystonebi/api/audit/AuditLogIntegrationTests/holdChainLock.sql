-- Held by the session until released: every append waits for it, as behind a slow or stuck writer.
select pg_advisory_lock(hashtext('audit_log'))

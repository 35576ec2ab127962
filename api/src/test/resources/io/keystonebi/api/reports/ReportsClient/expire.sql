update generated_reports set expires_at = now() - interval '1 minute' where id = cast(:id as uuid)

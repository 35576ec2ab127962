select exists (select 1 from users where id = :userId and deleted_at is null)

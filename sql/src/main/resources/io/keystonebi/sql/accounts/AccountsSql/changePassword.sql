update accounts
set password_hash = :passwordHash,
    credentials_version = credentials_version + 1,
    updated_at = now()
where id = :id
returning *

-- The version moves on only for changes that must end existing sessions and tokens at once; a new display name
-- or e-mail address leaves them alone.
update accounts a
set display_name = :displayName,
    role = :role,
    warehouse_user_id = :warehouseUserId,
    team_id = :teamId,
    active = :active,
    email = :email,
    credentials_version = a.credentials_version + case
        when a.role is distinct from :role
          or a.warehouse_user_id is distinct from cast(:warehouseUserId as bigint)
          or a.team_id is distinct from cast(:teamId as bigint)
          or (a.active and not :active) then 1
        else 0 end,
    updated_at = now()
where a.id = :id
returning a.*

insert into accounts (username, display_name, password_hash, role, warehouse_user_id, team_id, email)
values (lower(:username), :displayName, :passwordHash, :role, :warehouseUserId, :teamId, :email)

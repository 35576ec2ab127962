select location_id from users where id = any(:userIds) and deleted_at is null

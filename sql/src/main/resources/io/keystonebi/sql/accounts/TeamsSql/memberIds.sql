select id from users where team_id = :teamId and deleted_at is null order by id

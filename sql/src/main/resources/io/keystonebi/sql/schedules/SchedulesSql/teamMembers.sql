select id from users where team_id = :teamId order by id

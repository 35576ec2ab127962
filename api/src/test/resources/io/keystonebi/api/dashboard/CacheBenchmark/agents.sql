select id from users where is_agent and deleted_at is null order by id

select name from teams where id = :teamId

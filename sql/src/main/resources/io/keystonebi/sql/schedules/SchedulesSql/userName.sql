select name from users where id = :userId

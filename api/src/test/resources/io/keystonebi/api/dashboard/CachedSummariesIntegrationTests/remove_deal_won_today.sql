delete from opportunities where id = 90

select id from locations order by id

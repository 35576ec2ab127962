select id, name from locations order by name, id

select id from accounts where username like 'reader%' order by id

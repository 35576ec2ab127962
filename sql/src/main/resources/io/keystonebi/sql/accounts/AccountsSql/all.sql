select * from accounts order by username

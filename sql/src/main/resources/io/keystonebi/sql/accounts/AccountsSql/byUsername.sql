select * from accounts where username = lower(:username)

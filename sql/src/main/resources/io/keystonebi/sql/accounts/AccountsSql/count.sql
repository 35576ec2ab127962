select count(*) from accounts

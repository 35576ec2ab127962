update accounts set email = :email where username = :username

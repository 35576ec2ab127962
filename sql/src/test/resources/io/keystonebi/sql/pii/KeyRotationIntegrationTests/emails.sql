select email from contacts where email is not null order by id

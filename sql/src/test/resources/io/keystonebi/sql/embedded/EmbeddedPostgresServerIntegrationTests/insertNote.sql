insert into kept (note) values (:note)

create table kept (note text)

insert into failure_switch (armed) values (true)

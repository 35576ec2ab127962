create table failure_switch (armed boolean not null)

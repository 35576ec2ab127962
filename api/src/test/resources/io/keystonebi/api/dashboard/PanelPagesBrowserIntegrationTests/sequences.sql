-- The fixture chose its ids; rows that webhooks add later take the next ones.
select setval(pg_get_serial_sequence('opportunities', 'id'), (select max(id) from opportunities));
select setval(pg_get_serial_sequence('contacts', 'id'), (select max(id) from contacts));
select setval(pg_get_serial_sequence('users', 'id'), (select max(id) from users));

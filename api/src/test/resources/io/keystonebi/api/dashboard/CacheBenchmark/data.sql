select (select count(*) from users) || ' agents, ' || (select count(*) from contacts) || ' contacts, '
       || (select count(*) from opportunities) || ' opportunities'

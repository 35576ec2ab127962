select id, name
from teams
order by lower(name), id

select r::text
from <table> r
order by r.id

select t.*
from <table> t
order by t.id

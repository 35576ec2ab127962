select t.*
from <table> t
join locations l on l.id = t.location_id
where l.source_id = :location
order by t.source_id

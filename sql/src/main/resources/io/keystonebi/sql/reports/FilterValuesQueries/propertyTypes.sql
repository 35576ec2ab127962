-- The property types by name.
select cast(p.id as text) as value,
       p.name as label
from property_types p
order by lower(p.name), p.id
limit :limit

select c.id, c.location_id, c.source_id, c.name, c.email, c.phone
from contacts c
where c.email_search = :email
  and c.deleted_at is null
order by c.location_id, c.id

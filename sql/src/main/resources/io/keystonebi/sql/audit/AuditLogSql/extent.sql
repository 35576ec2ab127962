select count(*) as entries,
       min(a.id) as first_id,
       max(a.id) as last_id,
       (select h.hash from audit_log h order by h.id desc limit 1) as last_hash
from audit_log a

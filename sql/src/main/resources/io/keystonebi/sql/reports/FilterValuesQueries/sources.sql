-- The lead sources of the contacts and deals in scope, spelt as the report queries key them: '(none)' for a
-- missing or empty source.
select s.source as value,
       s.source as label
from (
    select coalesce(nullif(c.source, ''), '(none)') as source
    from contacts c
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
    union
    select coalesce(nullif(o.source, ''), '(none)')
    from opportunities o
    where o.deleted_at is null
      and (:scopeAll or o.assigned_user_id = any(:scopeUsers))
) s
order by lower(s.source), s.source
limit :limit

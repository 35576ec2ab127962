-- The postal codes of the contacts in scope, spelt as the report queries key them ('(none)' for a missing or
-- empty one), and those of the public market sales, which the market metrics filter on and which are no one's
-- personal data.
select z.zipcode as value,
       z.zipcode as label
from (
    select coalesce(nullif(c.postal_code, ''), '(none)') as zipcode
    from contacts c
    where c.deleted_at is null
      and (:scopeAll or c.assigned_user_id = any(:scopeUsers))
    union
    select m.zipcode
    from market_sales m
    where m.zipcode is not null
      and m.zipcode <> ''
) z
order by lower(z.zipcode), z.zipcode
limit :limit

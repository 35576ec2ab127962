-- The account's own definitions first, then those shared with it (report_definition_readable), newest first.
select d.id, d.owner_account_id, o.display_name as owner_name, d.title, d.definition::text as definition, d.shared,
       d.created_at, d.updated_at
from report_definitions d
join accounts o on o.id = d.owner_account_id
where report_definition_readable(d.owner_account_id, d.shared, :accountId)
order by d.owner_account_id <> :accountId, d.updated_at desc, d.id desc

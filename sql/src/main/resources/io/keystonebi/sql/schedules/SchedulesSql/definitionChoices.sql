-- Every definition when all is set (administrators), otherwise the ones the account may read.
select d.id, d.title, o.display_name as owner_name
from report_definitions d
join accounts o on o.id = d.owner_account_id
where :all or report_definition_readable(d.owner_account_id, d.shared, :accountId)
order by lower(d.title), d.id

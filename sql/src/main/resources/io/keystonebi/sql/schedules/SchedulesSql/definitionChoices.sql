-- Every definition when all is set (administrators), otherwise the ones the account may see (see definitionVisible).
with teams_of as (
    select a.id, a.role, a.active, coalesce(a.team_id, u.team_id) as team_id
    from accounts a
    left join users u on u.id = a.warehouse_user_id
)
select d.id, d.title, o.display_name as owner_name
from report_definitions d
join accounts o on o.id = d.owner_account_id
join teams_of owner on owner.id = d.owner_account_id
join teams_of reader on reader.id = :accountId
where :all
   or d.owner_account_id = :accountId
   or (d.shared and owner.active and (owner.role in ('executive', 'admin')
                                      or (owner.team_id is not null and owner.team_id = reader.team_id)))
order by lower(d.title), d.id

with teams_of as (
    select a.id, a.role, coalesce(a.team_id, u.team_id) as team_id
    from accounts a
    left join users u on u.id = a.warehouse_user_id
)
select d.id, d.owner_account_id, o.display_name as owner_name, d.title, d.definition::text as definition, d.shared,
       d.created_at, d.updated_at
from report_definitions d
join accounts o on o.id = d.owner_account_id
join teams_of owner on owner.id = d.owner_account_id
join teams_of reader on reader.id = :accountId
where d.owner_account_id = :accountId
   or (d.shared and o.active and (owner.role in ('executive', 'admin')
                                  or (owner.team_id is not null and owner.team_id = reader.team_id)))
order by d.owner_account_id <> :accountId, d.updated_at desc, d.id desc

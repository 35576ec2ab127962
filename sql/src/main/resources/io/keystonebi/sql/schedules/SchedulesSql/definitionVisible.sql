-- Any definition when all is set (administrators); otherwise the reports pages' rule: one's own, or shared by an active owner whose reach includes the reader (everyone for
-- an executive or an admin, the owner's team for a manager or an agent).
with teams_of as (
    select a.id, a.role, a.active, coalesce(a.team_id, u.team_id) as team_id
    from accounts a
    left join users u on u.id = a.warehouse_user_id
)
select exists (
    select 1
    from report_definitions d
    join teams_of owner on owner.id = d.owner_account_id
    join teams_of reader on reader.id = :accountId
    where d.id = :id
      and (:all or d.owner_account_id = :accountId
           or (d.shared and owner.active and (owner.role in ('executive', 'admin')
                                              or (owner.team_id is not null and owner.team_id = reader.team_id)))))

update users
set team_id = case when id = any(:userIds) then :id end
where (team_id = :id or id = any(:userIds))
  and team_id is distinct from case when id = any(:userIds) then :id end

-- A warehouse user (deleted ones too: their deals stay) with its current team and that team's agents.
select u.id,
       u.name,
       u.team_id,
       t.name as team_name,
       array(select m.id from users m
             where m.team_id = u.team_id and m.is_agent and m.deleted_at is null
             order by m.id) as team_member_ids
from users u
left join teams t on t.id = u.team_id
where u.id = :id

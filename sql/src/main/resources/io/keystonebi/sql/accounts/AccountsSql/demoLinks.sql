-- For the demo's manager and agent accounts: the team with the most agents (ties by name), and that team's
-- agent with the most revenue won, so the two accounts show a team's figures and one member's within them.
with team as (
    select t.id
    from teams t
    join users u on u.team_id = t.id and u.deleted_at is null
    group by t.id, t.name
    order by count(*) desc, t.name
    limit 1
)
select (select id from team) as team_id,
       (select u.id
        from users u
        left join opportunities o on o.assigned_user_id = u.id and o.status = 'won' and o.deleted_at is null
        where u.team_id = (select id from team) and u.deleted_at is null
        group by u.id, u.name
        order by coalesce(sum(o.monetary_value), 0) desc, u.name
        limit 1) as agent_user_id,
       (select u.name
        from users u
        left join opportunities o on o.assigned_user_id = u.id and o.status = 'won' and o.deleted_at is null
        where u.team_id = (select id from team) and u.deleted_at is null
        group by u.id, u.name
        order by coalesce(sum(o.monetary_value), 0) desc, u.name
        limit 1) as agent_name,
       (select name from teams where id = (select id from team)) as team_name

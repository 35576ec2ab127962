-- Written apart from the catalogue's statements: the won, undeleted deals whose local won day (in their location's
-- zone) falls in [:first, :last], of the team's agents, or of everyone when :teamId is null.
select coalesce(sum(o.monetary_value), 0)
from opportunities o
join locations l on l.id = o.location_id
left join users u on u.id = o.assigned_user_id
where o.status = 'won' and o.deleted_at is null
  and (cast(:teamId as bigint) is null or u.team_id = :teamId)
  and (o.won_at at time zone l.timezone)::date between cast(:first as date) and cast(:last as date)

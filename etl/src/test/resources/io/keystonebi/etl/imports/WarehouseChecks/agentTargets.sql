select u.name || ' ' || to_char(t.month, 'YYYY-MM-DD') || ' ' || t.revenue_target as target
from agent_targets t
join users u on u.id = t.user_id
order by u.name, t.month

select id, display_name, role, email, active, warehouse_user_id, team_id
from accounts
where active
order by lower(display_name), id

insert into users as u (location_id, source_id, name, first_name, last_name, email, phone, email_search, role,
                        is_agent, team_id, office_id, source_updated_at)
select :locationId, s.source_id, s.name, s.first_name, s.last_name, s.email, s.phone, s.email_search,
       coalesce(s.role, 'user'), true, t.id, o.id, s.source_updated_at at time zone :timezone
from (select distinct on (source_id) * from import_stage_agents order by source_id, line_number desc) s
left join offices o on o.location_id = :locationId and o.name = s.office
left join teams t on t.location_id = :locationId and t.name = coalesce(s.team, s.manager)
on conflict (location_id, source_id) do update
set name = excluded.name,
    first_name = excluded.first_name,
    last_name = excluded.last_name,
    email = excluded.email,
    phone = excluded.phone,
    email_search = excluded.email_search,
    role = excluded.role,
    is_agent = true,
    team_id = excluded.team_id,
    office_id = excluded.office_id,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = null
where u.source_updated_at is null or excluded.source_updated_at >= u.source_updated_at

insert into contacts as c (location_id, source_id, name, first_name, last_name, email, phone, email_search,
                           phone_search, company_name, type, source, assigned_user_id, address1, city, state, postal_code, country, tags,
                           attribution_first, created_at, source_updated_at)
select :locationId, s.source_id,
       coalesce(s.name, nullif(concat_ws(' ', s.first_name, s.last_name), '')),
       s.first_name, s.last_name, s.email, s.phone, s.email_search, s.phone_search, s.company_name, s.type, s.source, u.id,
       s.address1, s.city, s.state, s.postal_code, s.country,
       coalesce(string_to_array(s.tags, ';'), '{}'),
       nullif(jsonb_strip_nulls(jsonb_build_object(
           'url', s.attribution_url, 'landingPage', s.attribution_landing_page, 'medium', s.attribution_medium,
           'campaign', s.attribution_campaign, 'utmSource', s.attribution_utm_source)), '{}'::jsonb),
       s.created_at at time zone :timezone, s.source_updated_at at time zone :timezone
from (select distinct on (source_id) * from import_stage_contacts order by source_id, line_number desc) s
left join users u on u.location_id = :locationId and u.source_id = s.agent
on conflict (location_id, source_id) do update
set name = excluded.name,
    first_name = excluded.first_name,
    last_name = excluded.last_name,
    email = excluded.email,
    phone = excluded.phone,
    email_search = excluded.email_search,
    phone_search = excluded.phone_search,
    company_name = excluded.company_name,
    type = excluded.type,
    source = excluded.source,
    assigned_user_id = excluded.assigned_user_id,
    address1 = excluded.address1,
    city = excluded.city,
    state = excluded.state,
    postal_code = excluded.postal_code,
    country = excluded.country,
    tags = excluded.tags,
    attribution_first = excluded.attribution_first,
    created_at = excluded.created_at,
    source_updated_at = excluded.source_updated_at,
    loaded_at = now(),
    deleted_at = null
where c.source_updated_at is null or excluded.source_updated_at >= c.source_updated_at

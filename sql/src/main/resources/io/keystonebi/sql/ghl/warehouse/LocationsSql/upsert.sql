with upserted as (
    insert into locations as l (source_id, company_id, name, timezone, source_updated_at)
    values (:sourceId, :companyId, coalesce(:name, :sourceId), coalesce(:timezone, 'UTC'), :sourceUpdatedAt)
    on conflict (source_id) do update
    set company_id = coalesce(excluded.company_id, l.company_id),
        name = coalesce(:name, l.name),
        timezone = coalesce(:timezone, l.timezone),
        source_updated_at = excluded.source_updated_at,
        loaded_at = now()
    where l.source_updated_at is null or excluded.source_updated_at >= l.source_updated_at
    returning id
)
select id from upserted
union all
select id from locations where source_id = :sourceId
limit 1

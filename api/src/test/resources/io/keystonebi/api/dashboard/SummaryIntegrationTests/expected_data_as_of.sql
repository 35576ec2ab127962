-- Per location the newest of every load and source-update time of its contacts and opportunities; the
-- answer's stamp is the stalest location's.
with stamps as (
    select location_id, loaded_at as at from contacts
    union all select location_id, source_updated_at from contacts
    union all select location_id, loaded_at from opportunities
    union all select location_id, source_updated_at from opportunities
),
per_location as (
    select location_id, max(at) as newest from stamps group by location_id
)
select min(newest) as data_as_of from per_location

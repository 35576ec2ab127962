-- A contact whose e-mail and phone were encrypted elsewhere (the test gives the bytes).
with location as (
    insert into locations (source_id, name) values ('loc-cli', 'CLI Realty')
    on conflict (source_id) do update set name = excluded.name
    returning id
)
insert into contacts (location_id, source_id, created_at, email, phone)
select id, :sourceId, now(), :email, :phone
from location

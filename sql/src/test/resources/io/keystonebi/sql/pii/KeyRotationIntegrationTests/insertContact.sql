insert into contacts (location_id, source_id, created_at, email, phone, email_search, phone_search)
values (:locationId, :sourceId, now(), :email, :phone, :emailSearch, :phoneSearch)

insert into messages (location_id, source_id, created_at, body, body_digest, email_to)
values (:locationId, :sourceId, now(), :body, :bodyDigest, :emailTo)

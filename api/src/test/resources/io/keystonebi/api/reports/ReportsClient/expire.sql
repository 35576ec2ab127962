-- An hour before the fixture's "now" (2026-03-20T18:00:00Z), whatever the database's own clock says.
update generated_reports set expires_at = '2026-03-20T17:00:00Z' where id = cast(:id as uuid)

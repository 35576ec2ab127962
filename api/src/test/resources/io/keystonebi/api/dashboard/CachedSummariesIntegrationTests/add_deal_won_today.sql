-- A deal Harbour Homes (London) won on the fixture's "today", 2026-03-20, as a sync would bring it.
insert into opportunities (id, location_id, source_id, name, assigned_user_id, status, monetary_value, created_at,
                           won_at, loaded_at, source_updated_at)
overriding system value values
    (90, 2, 'o90', 'Won today in London', 6, 'won', 12345.00, '2026-03-02T10:00:00Z', '2026-03-20T10:00:00Z',
     '2026-03-20T10:00:00Z', '2026-03-20T10:00:00Z')

-- One GoHighLevel connection per location: how the API client authenticates for it.
-- Tokens are stored encrypted by the application (AES-GCM, key from configuration); the database never
-- sees them in plain text. No foreign key to locations: a location is connected before its first sync
-- creates its warehouse row.
create table ghl_connections (
    id                      bigint generated always as identity primary key,
    location_source_id      text        not null unique,
    company_id              text,
    auth_kind               text        not null check (auth_kind in ('pit', 'oauth')),
    encrypted_access_token  text        not null,
    encrypted_refresh_token text,
    expires_at              timestamptz,
    scopes                  text,
    updated_at              timestamptz not null default now(),
    -- An OAuth access token expires within a day; without its refresh token the connection would die.
    check (auth_kind = 'pit' or encrypted_refresh_token is not null)
);

create temp table if not exists import_stage_market_sales (
    line_number    bigint not null,
    source_id      text,
    sold_on        date,
    price          numeric(14, 2),
    bedrooms       integer,
    bathrooms      numeric(4, 2),
    sqft_living    integer,
    sqft_lot       integer,
    floors         numeric(3, 1),
    waterfront     boolean,
    condition      integer,
    grade          integer,
    year_built     integer,
    year_renovated integer,
    zipcode        text,
    latitude       numeric(9, 6),
    longitude      numeric(9, 6)
) on commit delete rows

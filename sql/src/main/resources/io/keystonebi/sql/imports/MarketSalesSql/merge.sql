-- Market sales are public records shared by every location, keyed by parcel id and sale day.
insert into market_sales (source_id, sold_on, price, bedrooms, bathrooms, sqft_living, sqft_lot, floors, waterfront,
                          condition, grade, year_built, year_renovated, zipcode, latitude, longitude)
select s.source_id, s.sold_on, s.price, s.bedrooms, s.bathrooms, s.sqft_living, s.sqft_lot, s.floors, s.waterfront,
       s.condition, s.grade, s.year_built, s.year_renovated, s.zipcode, s.latitude, s.longitude
from (select distinct on (source_id, sold_on) * from import_stage_market_sales
      order by source_id, sold_on, line_number desc) s
on conflict (source_id, sold_on) do update
set price = excluded.price,
    bedrooms = excluded.bedrooms,
    bathrooms = excluded.bathrooms,
    sqft_living = excluded.sqft_living,
    sqft_lot = excluded.sqft_lot,
    floors = excluded.floors,
    waterfront = excluded.waterfront,
    condition = excluded.condition,
    grade = excluded.grade,
    year_built = excluded.year_built,
    year_renovated = excluded.year_renovated,
    zipcode = excluded.zipcode,
    latitude = excluded.latitude,
    longitude = excluded.longitude,
    loaded_at = now()

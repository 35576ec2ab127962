-- The market sales behind a chart's point, newest first, each with the number of all that match (before the
-- limit). Market sales are public records, so no scope applies; sale dates are plain dates. A filter not asked
-- for is a null bind. Bedrooms: :bedroomsMin to :bedroomsMax (either open), or not recorded (:bedroomsMissing).
select s.sold_on as sold,
       s.price,
       s.zipcode,
       s.bedrooms,
       s.sqft_living as sqft,
       round(s.price / nullif(s.sqft_living, 0), 2) as price_per_sqft,
       s.latitude,
       s.longitude,
       count(*) over () as total
from market_sales s
where s.sold_on >= :starts and s.sold_on < :ends
  and (cast(:zipcode as text) is null or s.zipcode = :zipcode)
  and (cast(:bedroomsMin as integer) is null or s.bedrooms >= :bedroomsMin)
  and (cast(:bedroomsMax as integer) is null or s.bedrooms <= :bedroomsMax)
  and (not :bedroomsMissing or s.bedrooms is null)
  and (cast(:weekday as integer) is null or extract(isodow from s.sold_on) = :weekday)
order by s.sold_on desc, s.id desc
limit :limit

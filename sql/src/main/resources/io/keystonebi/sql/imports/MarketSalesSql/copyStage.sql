copy import_stage_market_sales (line_number, source_id, sold_on, price, bedrooms, bathrooms, sqft_living, sqft_lot,
    floors, waterfront, condition, grade, year_built, year_renovated, zipcode, latitude, longitude) from stdin

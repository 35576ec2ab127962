truncate table locations, market_sales, import_runs, import_quarantine restart identity cascade

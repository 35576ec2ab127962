truncate table locations, market_sales, economic_indicators, import_runs, import_quarantine restart identity cascade

select layout::text from dashboard_layouts where account_id = :accountId

select claimed_by from report_deliveries where status = 'sending' limit 1

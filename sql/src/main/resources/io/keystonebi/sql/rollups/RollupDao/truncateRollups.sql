truncate rollup_daily, rollup_monthly

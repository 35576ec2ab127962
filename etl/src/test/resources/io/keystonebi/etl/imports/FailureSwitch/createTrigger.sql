create trigger fail_on_s5 before insert on market_sales
    for each row when (new.source_id = 'S5') execute function fail_when_armed()

create function fail_when_armed() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from failure_switch where armed) then
        raise exception 'test failure while writing %', new.source_id;
    end if;
    return new;
end
$$

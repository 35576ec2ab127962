-- Written apart from the application's query: each row turned into its location's wall-clock date, the period's
-- days [:first, :last] compared with it, and only rows assigned to :users counted.
select (select coalesce(sum(o.monetary_value), 0)
        from opportunities o join locations l on l.id = o.location_id
        where o.status = 'won' and o.deleted_at is null and o.assigned_user_id = any(:users)
          and (o.won_at at time zone l.timezone)::date between :first and :last) as revenue,
       (select count(*)
        from contacts c join locations l on l.id = c.location_id
        where c.deleted_at is null and c.assigned_user_id = any(:users)
          and (c.type = 'lead' or not exists (select 1 from contacts t where t.location_id = l.id and t.type = 'lead'))
          and (c.created_at at time zone l.timezone)::date between :first and :last) as leads

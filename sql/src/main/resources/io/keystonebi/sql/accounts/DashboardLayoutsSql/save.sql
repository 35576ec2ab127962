insert into dashboard_layouts (account_id, layout)
values (:accountId, cast(:layout as jsonb))
on conflict (account_id) do update set layout = excluded.layout, updated_at = now()

-- Who may read a saved report definition, the one rule the reports pages, the builder and the schedules share: its
-- owner, and, once shared by an owner who is still active, everyone in the owner's reach: the whole brokerage for an
-- executive's or an administrator's, the owner's team for a manager's or an agent's (an agent's team is their
-- warehouse user's). A definition holds no figures: each reader still gets them in their own scope.
create function report_definition_readable(definition_owner bigint, definition_shared boolean, reader bigint)
returns boolean
language sql
stable
as $$
    select definition_owner = reader
        or (definition_shared and exists (
            select 1
            from accounts o
            left join users ou on ou.id = o.warehouse_user_id
            cross join accounts r
            left join users ru on ru.id = r.warehouse_user_id
            where o.id = definition_owner
              and r.id = reader
              and o.active
              and (o.role in ('executive', 'admin')
                   or (coalesce(o.team_id, ou.team_id) is not null
                       and coalesce(o.team_id, ou.team_id) = coalesce(r.team_id, ru.team_id)))))
$$;

-- The two rules every metric family statement of the report catalogue shares (CatalogueQueries), kept in one place.
-- Both are plain SQL the planner inlines into the statements that call them.

-- Each location's bounds of a period of local dates [first, after): its own midnights, in its own time zone.
create function report_period_bounds(first date, after date)
returns table (location_id bigint, timezone text, starts_at timestamptz, ends_at timestamptz)
language sql
stable
as $$
    select l.id, l.timezone, first::timestamp at time zone l.timezone, after::timestamp at time zone l.timezone
    from locations l
$$;

-- The key a fact is counted under when a report block is broken down by :dimension ('total' for no breakdown):
-- an id or a text for the organisational dimensions, and for the period ones the local day, or the first day of the
-- local week (Monday), month or quarter the fact's time falls on, as ISO text.
create function report_breakdown_key(dimension text, at timestamptz, timezone text, agent_id bigint, team_id bigint,
                                     office_id bigint, source text, stage_id bigint, property_type_id bigint,
                                     zipcode text)
returns text
language sql
stable
as $$
    select case dimension
               when 'agent' then cast(agent_id as text)
               when 'team' then cast(team_id as text)
               when 'office' then cast(office_id as text)
               when 'source' then source
               when 'stage' then cast(stage_id as text)
               when 'property_type' then cast(property_type_id as text)
               when 'zipcode' then zipcode
               when 'day' then cast((at at time zone timezone)::date as text)
               when 'week' then cast(date_trunc('week', at at time zone timezone)::date as text)
               when 'month' then cast(date_trunc('month', at at time zone timezone)::date as text)
               when 'quarter' then cast(date_trunc('quarter', at at time zone timezone)::date as text)
               else 'total'
           end
$$;

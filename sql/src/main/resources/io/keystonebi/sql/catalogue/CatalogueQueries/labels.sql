-- What a person reads for each key of a breakdown by :dimension: the agent's, team's, office's, stage's or
-- property type's name for an id, '(none)' for a missing one; other keys (sources, zipcodes, dates) read as
-- themselves.
select k.key,
       case :dimension
           when 'agent' then coalesce((select u.name from users u where u.id = cast(k.key as bigint)), '(unassigned)')
           when 'team' then coalesce((select t.name from teams t where t.id = cast(k.key as bigint)), '(no team)')
           when 'office' then coalesce((select f.name from offices f where f.id = cast(k.key as bigint)), '(no office)')
           when 'stage' then coalesce((select s.name from pipeline_stages s where s.id = cast(k.key as bigint)),
                                      '(no stage)')
           when 'property_type' then coalesce((select p.name from property_types p where p.id = cast(k.key as bigint)),
                                              '(none)')
           else k.key
       end as label
from unnest(cast(:keys as text[])) as k(key)

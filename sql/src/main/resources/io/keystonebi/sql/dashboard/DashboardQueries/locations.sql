-- Freshness is the newest of load time and source update time, so a sync that changed nothing still counts.
-- Each maximum is taken separately so it is a single probe of its (location_id, time) index.
select l.id,
       l.name,
       l.timezone,
       l.currency,
       greatest(
           (select max(o.loaded_at) from opportunities o where o.location_id = l.id),
           (select max(o.source_updated_at) from opportunities o where o.location_id = l.id),
           (select max(c.loaded_at) from contacts c where c.location_id = l.id),
           (select max(c.source_updated_at) from contacts c where c.location_id = l.id)
       ) as data_as_of
from locations l
order by l.id

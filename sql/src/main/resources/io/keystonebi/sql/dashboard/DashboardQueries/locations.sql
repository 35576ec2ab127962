-- Freshness is the newest of load time and source update time, so a sync that changed nothing still counts.
select l.id,
       l.name,
       l.timezone,
       l.currency,
       greatest(
           (select max(greatest(o.loaded_at, o.source_updated_at)) from opportunities o where o.location_id = l.id),
           (select max(greatest(c.loaded_at, c.source_updated_at)) from contacts c where c.location_id = l.id)
       ) as data_as_of
from locations l
order by l.id

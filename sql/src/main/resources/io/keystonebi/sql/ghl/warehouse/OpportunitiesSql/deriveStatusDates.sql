-- The history is the union of every event seen, so dates taken from it do not depend on which event came last.
update opportunities o
set won_at = case when o.status = 'won' then coalesce(h.won, o.won_at, o.last_status_change_at, o.source_updated_at) end,
    lost_at = case when o.status = 'lost' then coalesce(h.lost, o.lost_at, o.last_status_change_at, o.source_updated_at) end,
    last_status_change_at = coalesce(h.current_status, o.last_status_change_at),
    last_stage_change_at = coalesce(h.current_stage, o.last_stage_change_at)
from (select (select max(sh.changed_at) from opportunity_status_history sh
              where sh.opportunity_id = x.id and sh.status = 'won') as won,
             (select max(sh.changed_at) from opportunity_status_history sh
              where sh.opportunity_id = x.id and sh.status = 'lost') as lost,
             (select max(sh.changed_at) from opportunity_status_history sh
              where sh.opportunity_id = x.id and sh.status = x.status) as current_status,
             (select max(st.entered_at) from opportunity_stage_history st
              where st.opportunity_id = x.id and st.stage_id = x.stage_id) as current_stage,
             x.id
      from opportunities x
      where x.location_id = :locationId and x.source_id = :sourceId) h
where o.id = h.id

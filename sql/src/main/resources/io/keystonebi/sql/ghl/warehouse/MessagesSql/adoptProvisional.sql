-- A webhook delivered the message first, without its GHL id: its row takes that id (MessagesSql explains).
update messages m
set source_id = :sourceId
where m.id = (select p.id
              from messages p
              where p.location_id = :locationId
                and p.conversation_id = (select v.id from conversations v
                                         where v.location_id = :locationId and v.source_id = :conversationSourceId)
                and p.created_at = :createdAt
                and p.direction is not distinct from :direction
                and p.channel is not distinct from :channel
                and p.body_digest is not distinct from :bodyDigest
                and p.source_id like 'webhook:%'
              order by p.id
              limit 1)
  and not exists (select 1 from messages x where x.location_id = :locationId and x.source_id = :sourceId)

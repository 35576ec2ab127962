-- The message the API stored that a webhook delivery without messageId describes (MessagesSql explains).
select m.source_id
from messages m
where m.location_id = :locationId
  and m.conversation_id = (select v.id from conversations v
                           where v.location_id = :locationId and v.source_id = :conversationSourceId)
  and m.created_at = :createdAt
  and m.direction is not distinct from :direction
  and m.channel is not distinct from :channel
  and m.body_digest is not distinct from :bodyDigest
  and m.source_id not like 'webhook:%'
order by m.id
limit 1

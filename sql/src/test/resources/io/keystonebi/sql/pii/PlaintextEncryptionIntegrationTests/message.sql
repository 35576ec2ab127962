select body, body_digest, email_from, email_to, email_cc, email_subject
from messages
where source_id = :sourceId

update contacts set email = :email where source_id = :sourceId

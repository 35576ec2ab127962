select email from contacts where source_id = :sourceId

select v.object_type || ' ' || coalesce(c.source_id, o.source_id) || ' ' || f.source_id || ' = ' || v.value::text
       || case when v.deleted_at is null then '' else ' deleted' end
from custom_field_values v
join custom_fields f on f.id = v.custom_field_id
join locations l on l.id = v.location_id
left join contacts c on v.object_type = 'contact' and c.id = v.object_id
left join opportunities o on v.object_type = 'opportunity' and o.id = v.object_id
where l.source_id = :location
order by 1

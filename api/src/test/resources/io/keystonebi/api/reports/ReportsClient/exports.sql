-- The report downloads recorded in the audit log, oldest first: who, what, in which scope and format.
select actor_role || ' ' || action || ' ' || split_part(resource, ':', 1) || ' ' || scope || ' ' || (detail ->> 'format')
from audit_log
where action = 'data.export' and resource like 'reports:%'
order by id

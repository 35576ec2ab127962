-- The dashboard exports recorded in the audit log, oldest first: who, what and in which scope.
select actor_role || ' ' || action || ' ' || resource || ' ' || scope || ' ' || (detail ->> 'format')
from audit_log
where action = 'data.export'
order by id

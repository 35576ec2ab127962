insert into teams (location_id, name, manager_user_id)
values (:locationId, :name, :managerUserId)
on conflict (location_id, name) do nothing
returning id

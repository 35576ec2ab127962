update teams set name = :name, manager_user_id = :managerUserId where id = :id

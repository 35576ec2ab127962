select content from generated_reports where id = :id

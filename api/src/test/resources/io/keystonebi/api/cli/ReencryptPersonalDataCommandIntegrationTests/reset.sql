truncate table locations restart identity cascade

INSERT INTO dim.direction (direction_key, label) VALUES (@key, @label);

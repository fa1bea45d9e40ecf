INSERT INTO dim.theme (theme_key, label) VALUES (@key, @label);

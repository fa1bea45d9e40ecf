INSERT INTO dim.label (label_key, label) VALUES (@key, @label);

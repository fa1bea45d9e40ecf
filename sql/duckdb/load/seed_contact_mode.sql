INSERT INTO dim.contact_mode (contact_mode_key, label) VALUES (@key, @label);

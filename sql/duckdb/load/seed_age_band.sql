INSERT INTO dim.age_band (age_band_key, label) VALUES (@key, @label);

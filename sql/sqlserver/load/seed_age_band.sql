-- One value of a built-in list; key = position in the list.
-- Parameters: @key SMALLINT, @label NVARCHAR.
INSERT INTO dim.age_band (age_band_key, label) VALUES (@key, @label);

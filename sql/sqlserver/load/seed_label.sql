-- One value of a built-in list; key = position in the list.
-- Parameters: @key SMALLINT, @label NVARCHAR.
INSERT INTO dim.label (label_key, label) VALUES (@key, @label);

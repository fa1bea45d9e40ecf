-- One value of a built-in list; key = position in the list.
-- Parameters: @key SMALLINT, @label NVARCHAR.
INSERT INTO dim.attendance_status (attendance_status_key, label) VALUES (@key, @label);

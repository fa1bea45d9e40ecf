INSERT INTO dim.attendance_status (attendance_status_key, label) VALUES (@key, @label);
